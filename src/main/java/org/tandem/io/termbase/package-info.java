/** Termbase files: TBX (v2 and v3, read with our own StAX reader) and CSV/TSV. */
package org.tandem.io.termbase;
