/** The application frame: layout, navigation and error handling shared by all views. */
@NamedInterface("ui")
package org.tandem.base.ui;

import org.springframework.modulith.NamedInterface;
