/** The application frame: layout, navigation and error handling shared by all views. */
package org.tandem.base.ui;
