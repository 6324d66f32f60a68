/** Termbases in the database: import and export (TBX, CSV), editing, and the terminology documents are checked against. */
@ApplicationModule(allowedDependencies = {"io", "qa", "language", "security", "base::ui", "base::web", "base::data"})
package org.tandem.glossary;

import org.springframework.modulith.ApplicationModule;

