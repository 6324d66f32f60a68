/** The demo article loaded into an empty database, through the same import path a user takes. */
@ApplicationModule(allowedDependencies = {"document", "security", "base::data"})
package org.tandem.demo;

import org.springframework.modulith.ApplicationModule;
