/** What XML files and texts are read with: Woodstox that never reads a DTD, and decoding by BOM or declaration. */
package org.tandem.io.xml;
