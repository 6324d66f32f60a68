/** The demo article loaded into an empty database, through the same import path a user takes. */
package org.tandem.demo;
