/**
 * RFC 9457 problem details for every feature's REST calls: a feature's exception carries its own status and title
 * ({@link org.tandem.base.web.ProblemException}); what no feature owns (an upload over the limit) is answered here.
 */
@NamedInterface("web")
package org.tandem.base.web;

import org.springframework.modulith.NamedInterface;

