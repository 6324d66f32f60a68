/** Users, roles and sign-in: who may do what, enforced in the services and the REST API. */
@ApplicationModule(allowedDependencies = {"base::ui", "base::web", "base::data"})
package org.tandem.security;

import org.springframework.modulith.ApplicationModule;
