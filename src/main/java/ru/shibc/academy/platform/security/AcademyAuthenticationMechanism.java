package ru.shibc.academy.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One mechanism for both doors. The API takes {@code Authorization: Bearer <token>} and creates
 * no session; pages take a username and password from the login page (through {@code
 * SecurityContext.authenticate}) and keep the caller in the HTTP session. A protected page asked
 * for without a session redirects to the login page; the API never redirects, its role checks
 * answer 401 or 403.
 */
@ApplicationScoped
public class AcademyAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Request attribute with the {@link LoginResult} of a failed page login. */
  public static final String LOGIN_RESULT = "shibc.loginResult";

  private static final String BEARER = "Bearer ";
  private static final String SESSION_CALLER = "shibc.caller";

  /** Who signed in on the login page, kept in their session. */
  record SessionCaller(String username, Set<String> roles, Long personId) implements java.io.Serializable {}

  /** Request attribute with the caller's person id, so that {@link CurrentUser} need not look it up. */
  static final String CALLER_PERSON = "shibc.callerPerson";

  /**
   * Request attribute with the caller's role names as given to the container (groups map one to
   * one onto roles in payara-web.xml), so that {@link CurrentUser} need not ask JACC each time.
   */
  static final String CALLER_ROLES = "shibc.callerRoles";

  /** Request attribute with the token's holder, for a {@link BearerOnlyEndpoint}. */
  static final String BEARER_HOLDER = "shibc.bearerHolder";

  @Inject private LoginService logins;
  @Inject private TokenService tokens;
  @Inject @Any private Instance<BearerOnlyEndpoint> bearerOnlyEndpoints;

  private volatile List<BearerOnlyEndpoint> bearerOnly;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      Optional<TokenService.TokenHolder> holder =
          tokens.holder(authorization.substring(BEARER.length()).trim());
      if (isBearerOnly(request)) {
        holder.ifPresent(h -> request.setAttribute(BEARER_HOLDER, h));
        return context.doNothing(); // the endpoint checks the holder itself
      }
      return holder
          .map(
              h -> {
                return signedIn(request, context, h.username(), names(h.roles()), h.personId());
              })
          .orElseGet(context::doNothing);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      LoginResult result = logins.login(password.getCaller(), password.getPasswordAsString());
      if (result instanceof LoginResult.Success ok) {
        request.getSession(true)
            .setAttribute(SESSION_CALLER, new SessionCaller(ok.username(), names(ok.roles()), ok.personId()));
        return signedIn(request, context, ok.username(), names(ok.roles()), ok.personId());
      }
      request.setAttribute(LOGIN_RESULT, result);
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession session = request.getSession(false);
    // The page session opens pages and lets the API read (downloads, exports), but changes
    // through the API need a bearer token: a cookie alone would let another site post as the
    // user (CSRF); Faces forms carry their own view-state token (stateless pages, a FormGuard).
    boolean sessionAllowed = !isApi(request) || isSafe(request.getMethod());
    if (sessionAllowed && session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
      return signedIn(request, context, caller.username(), caller.roles(), caller.personId());
    }
    if (context.isProtected() && !isApi(request)) {
      String target = request.getRequestURI().substring(request.getContextPath().length());
      String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
      return context.redirect(
          request.getContextPath()
              + "/login.xhtml?next="
              + java.net.URLEncoder.encode(target + query, java.nio.charset.StandardCharsets.UTF_8));
    }
    return context.doNothing();
  }

  private static AuthenticationStatus signedIn(
      HttpServletRequest request, HttpMessageContext context, String username, Set<String> roles, Long personId) {
    request.setAttribute(CALLER_PERSON, personId);
    request.setAttribute(CALLER_ROLES, Set.copyOf(roles));
    return context.notifyContainerAboutLogin(username, roles);
  }

  private boolean isBearerOnly(HttpServletRequest request) {
    List<BearerOnlyEndpoint> endpoints = bearerOnly;
    if (endpoints == null) {
      endpoints = bearerOnlyEndpoints.stream().toList();
      bearerOnly = endpoints;
    }
    for (BearerOnlyEndpoint e : endpoints) {
      if (e.handles(request)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSafe(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }

  private static Set<String> names(Set<Role> roles) {
    return roles.stream().map(Role::name).collect(Collectors.toSet());
  }
}
