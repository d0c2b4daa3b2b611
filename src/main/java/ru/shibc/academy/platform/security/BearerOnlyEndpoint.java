package ru.shibc.academy.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * A hot endpoint that answers for itself (a plain servlet or filter) and takes only a bearer
 * token. For its requests {@link AcademyAuthenticationMechanism} checks the token as usual but
 * does not log the caller in to the container: Payara's login of a caller (JASPIC callbacks,
 * subject, JACC role checks) costs more than such an endpoint does. The endpoint reads the
 * token's holder with {@link #holder} and decides roles and ownership itself. Implementations are
 * CDI beans; the mechanism asks each of them about every bearer request, so {@link #handles} must
 * be cheap.
 */
public interface BearerOnlyEndpoint {

  /** Whether this request is one the endpoint serves itself. */
  boolean handles(HttpServletRequest request);

  /** Who holds the request's bearer token, when it is a usable one. */
  static Optional<TokenService.TokenHolder> holder(HttpServletRequest request) {
    return request.getAttribute(AcademyAuthenticationMechanism.BEARER_HOLDER) instanceof TokenService.TokenHolder h
        ? Optional.of(h)
        : Optional.empty();
  }
}
