package org.relais.platform.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.NotAuthenticatedException;

/**
 * Enforces {@code @RolesAllowed} on resources: an anonymous caller is asked to log in (401 for the
 * API, a redirect to the login page for pages), a caller without the role gets 403.
 */
@Provider
public class RoleCheckFeature implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed roles = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            context.register(new RoleFilter(Set.of(roles.value())));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleFilter implements ContainerRequestFilter {
        private final Set<String> roles;

        RoleFilter(Set<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (!(request.getProperty(Caller.class.getName()) instanceof Caller caller)) {
                throw new NotAuthenticatedException();
            }
            if (roles.stream().noneMatch(caller::hasRole)) {
                throw new AccessDeniedException("error.403");
            }
        }
    }
}
