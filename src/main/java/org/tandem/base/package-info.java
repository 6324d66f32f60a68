/** The shared frame of every feature: {@code ui} the layout and navigation, {@code web} problem details. */
@ApplicationModule(allowedDependencies = {})
package org.tandem.base;

import org.springframework.modulith.ApplicationModule;
