/** Documents and their segments: import, side-by-side editing with optimistic locking, export. */
package org.tandem.document;
