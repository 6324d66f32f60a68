/** Tandem's own checks, one class each: what LanguageTool misses in machine translation (STACK.md measured it). */
package org.tandem.qa.checks;
