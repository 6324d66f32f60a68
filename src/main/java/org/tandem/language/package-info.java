/** LanguageTool embedded: a pool of checkers per language warmed in the background, and the lemmatiser. */
@ApplicationModule(allowedDependencies = {"markup"})
package org.tandem.language;

import org.springframework.modulith.ApplicationModule;

