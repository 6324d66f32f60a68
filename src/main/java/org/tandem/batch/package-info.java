/** The batch command: {@code java -jar tandem.jar check FILE…} checks XLIFF files without the web server. */
package org.tandem.batch;
