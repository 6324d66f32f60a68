/** Quality checks: the check SPI, Tandem's own checks, LanguageTool, and the service that runs them. */
package org.tandem.qa;
