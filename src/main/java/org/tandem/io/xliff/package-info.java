/** XLIFF 1.x and 2.x: reading with the place of every target, validation, and export that patches only changed targets. */
package org.tandem.io.xliff;
