/** TMX files in and out of the translation memory, through Okapi's TMX filter and writer. */
package org.tandem.io.tmx;
