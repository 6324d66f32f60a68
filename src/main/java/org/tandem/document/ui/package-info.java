/** The document list and the side-by-side workbench; they talk only to {@link org.tandem.document.DocumentService}. */
package org.tandem.document.ui;
