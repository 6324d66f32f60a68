/** A source text and its translation: SRX segmentation, alignment, and XLIFF or text written from the pairs. */
package org.tandem.io.text;
