/** The document list: import, open, export and delete; it talks only to {@link org.tandem.document.DocumentService}. */
package org.tandem.document.ui;
