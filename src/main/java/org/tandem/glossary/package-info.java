/** Termbases in the database: import and export (TBX, CSV), editing, and the terminology documents are checked against. */
package org.tandem.glossary;
