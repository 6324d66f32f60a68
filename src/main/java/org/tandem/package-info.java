/** Tandem, a translation-review workbench: one package per feature below this one. */
package org.tandem;
