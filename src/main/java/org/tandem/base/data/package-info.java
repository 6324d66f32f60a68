/**
 * The database underneath every feature: what Tandem acknowledges is on disk (H2's write delay off), and heavy jobs
 * (imports) run a few at a time in a bounded queue so that they never take every pooled connection from readers, and
 * work one instance does for all that share the database (the demo load, shipped termbases) runs under a
 * {@link org.tandem.base.data.ClusterLock}.
 */
@NamedInterface("data")
package org.tandem.base.data;

import org.springframework.modulith.NamedInterface;
