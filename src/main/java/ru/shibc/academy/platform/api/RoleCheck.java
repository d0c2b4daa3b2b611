package ru.shibc.academy.platform.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Role checks for every resource method: {@code @RolesAllowed} on the method or its class, or
 * {@code @PermitAll}. A method with neither still needs a signed-in caller, so that a forgotten
 * annotation fails closed. 401 without a caller, 403 without the role.
 */
@Provider
public class RoleCheck implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null && !method.isAnnotationPresent(PermitAll.class)) {
      roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
      if (roles == null && resource.getResourceClass().isAnnotationPresent(PermitAll.class)) {
        return;
      }
    }
    context.register(new Filter(roles == null ? new String[0] : roles.value()));
  }

  @Priority(Priorities.AUTHORIZATION)
  private static final class Filter implements ContainerRequestFilter {
    private final String[] roles;

    Filter(String[] roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      SecurityContext security = request.getSecurityContext();
      var locale = Requests.locale(request::getAcceptableLanguages);
      if (security.getUserPrincipal() == null) {
        request.abortWith(
            jakarta.ws.rs.core.Response.fromResponse(
                    Problem.of(locale, 401, "problem.http.401").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build());
        return;
      }
      if (roles.length > 0 && Arrays.stream(roles).noneMatch(security::isUserInRole)) {
        request.abortWith(Problem.of(locale, 403, "error.forbidden").toResponse());
      }
    }
  }
}
