/** Import and export of XLIFF 1.2/2.x and plain-text pairs; the only package that touches Okapi. */
@ApplicationModule(allowedDependencies = {"markup"})
package org.tandem.io;

import org.springframework.modulith.ApplicationModule;
