/** The batch command: {@code java -jar tandem.jar check FILE…} checks XLIFF files without the web server. */
@ApplicationModule(allowedDependencies = {"io", "qa", "glossary", "language", "report"})
package org.tandem.batch;

import org.springframework.modulith.ApplicationModule;

