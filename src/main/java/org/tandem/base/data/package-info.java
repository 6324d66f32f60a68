/**
 * The database underneath every feature: what Tandem acknowledges is on disk (H2's write delay off), and heavy jobs
 * (imports) run a few at a time in a bounded queue so that they never take every pooled connection from readers.
 */
@NamedInterface("data")
package org.tandem.base.data;

import org.springframework.modulith.NamedInterface;
