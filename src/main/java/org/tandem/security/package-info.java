/** Users, roles and sign-in: who may do what, enforced in the services and the REST API. */
package org.tandem.security;
