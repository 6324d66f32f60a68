/** Quality checks: the check SPI, Tandem's own checks, LanguageTool, and the service that runs them. */
@ApplicationModule(allowedDependencies = {"markup", "language"})
package org.tandem.qa;

import org.springframework.modulith.ApplicationModule;

