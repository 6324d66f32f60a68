/** LanguageTool embedded: a pool of checkers per language, warmed in the background, as one more check. */
package org.tandem.qa.languagetool;
