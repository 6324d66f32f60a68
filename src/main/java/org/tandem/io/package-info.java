/** Import and export of XLIFF 1.2/2.x and plain-text pairs; the only package that touches Okapi. */
package org.tandem.io;
