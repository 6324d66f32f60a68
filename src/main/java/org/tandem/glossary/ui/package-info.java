/** The glossary view: termbases, their concepts and terms, import and export. */
package org.tandem.glossary.ui;
