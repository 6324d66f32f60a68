/**
 * The workbench: source beside target, segment by segment, composing the features a reviewer uses (documents,
 * review, glossary, checks) into one screen. Everything here is package-private but the route.
 */
@ApplicationModule(allowedDependencies = {"document", "review", "report", "glossary", "memory", "qa", "markup", "io", "security", "base::ui",
        "base::web"})
package org.tandem.workbench;

import org.springframework.modulith.ApplicationModule;

