/** Documents and their segments: import, side-by-side editing with optimistic locking, export. */
@ApplicationModule(allowedDependencies = {"io", "markup", "security", "base::ui"})
package org.tandem.document;

import org.springframework.modulith.ApplicationModule;
