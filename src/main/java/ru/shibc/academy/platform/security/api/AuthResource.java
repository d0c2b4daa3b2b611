package ru.shibc.academy.platform.security.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.api.Problem;
import ru.shibc.academy.platform.api.Requests;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.LoginResult;
import ru.shibc.academy.platform.security.LoginService;
import ru.shibc.academy.platform.security.TokenService;
import ru.shibc.academy.platform.time.Clocks;

/** Bearer tokens for API clients: exchange a username and password for a token. */
@Path("auth/token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  public static final class TokenRequest {
    public @NotBlank @Size(max = 100) String username;
    public @NotNull @Size(max = 200) String password;
}

  public record TokenResponse(String token, Instant expiresAt) {}

  @Inject private LoginService logins;
  @Inject private TokenService tokens;
  @Inject private AuditLog audit;
  @Context private HttpHeaders headers;

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  public Response issue(TokenRequest request) {
    Bodies.valid(request);
    Locale locale = Requests.locale(headers);
    LoginResult result = logins.login(request.username, request.password);
    if (result instanceof LoginResult.Success ok) {
      TokenService.IssuedToken issued = tokens.issue(ok.accountId());
      return Response.ok(new TokenResponse(issued.token(), issued.expiresAt())).build();
    }
    if (result instanceof LoginResult.Locked locked) {
      String until =
          Clocks.time(locked.until());
      audit.record("account.locked", "Account", request.username, null, null);
      return unauthorized(Problem.of(locale, 401, "login.locked", until).toResponse());
    }
    return unauthorized(Problem.of(locale, 401, "login.invalid").toResponse());
  }

  /** Revokes the token that the request carries. */
  @DELETE
  public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      tokens.revoke(authorization.substring(7).trim());
    }
    return Response.noContent().build();
  }

  private static Response unauthorized(Response problem) {
    return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
  }
}
