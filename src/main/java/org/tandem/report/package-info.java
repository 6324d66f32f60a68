/** Reports to hand over: the QA report of a document's issues (HTML, CSV, Excel), for the workbench and the batch. */
@ApplicationModule(allowedDependencies = {"qa", "io", "markup"})
package org.tandem.report;

import org.springframework.modulith.ApplicationModule;
