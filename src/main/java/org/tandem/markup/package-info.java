/** Inline codes of a segment (XLIFF g, x, ph, pc, sc/ec…) as numbered placeholders, and the rules an edit must keep. */
@ApplicationModule(allowedDependencies = {})
package org.tandem.markup;

import org.springframework.modulith.ApplicationModule;
