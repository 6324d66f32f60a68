/**
 * The review of a document: its issues (check results, dismissals, fix-all), the status workflow, comments, history
 * with word diffs, MQM evaluation and the LQA report, and review data in XLIFF. {@code ui/} is the LQA report page.
 */
@ApplicationModule(allowedDependencies = {"document", "qa", "report", "glossary", "io", "markup", "security", "base::ui",
        "base::web"})
package org.tandem.review;

import org.springframework.modulith.ApplicationModule;

