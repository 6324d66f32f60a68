/**
 * The translation memory: every reviewed or approved segment kept with who and when, fuzzy matches and concordance
 * over it, TMX in and out. {@code ui/} is the memory's page (its language pairs, TMX import and export).
 */
@ApplicationModule(allowedDependencies = {"document", "io", "markup", "security", "base::ui", "base::web", "base::data"})
package org.tandem.memory;

import org.springframework.modulith.ApplicationModule;
