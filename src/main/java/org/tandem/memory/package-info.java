/**
 * The translation memory: every reviewed or approved segment kept with who and when, fuzzy matches and concordance
 * over it, TMX in and out.
 */
@ApplicationModule(allowedDependencies = {"document", "io", "markup", "security", "base::web", "base::data"})
package org.tandem.memory;

import org.springframework.modulith.ApplicationModule;
