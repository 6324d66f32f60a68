/** Quality evaluation: MQM errors marked on targets, the MQM 2.0 score per document and the LQA report. */
@ApplicationModule(allowedDependencies = {"document", "qa", "glossary", "io", "markup", "security", "base::ui"})
package org.tandem.review;

import org.springframework.modulith.ApplicationModule;
