/** The sign-in page and the administrators' user management. */
package org.tandem.security.ui;
