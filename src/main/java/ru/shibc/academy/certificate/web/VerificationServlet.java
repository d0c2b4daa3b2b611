package ru.shibc.academy.certificate.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.certificate.Verification;
import ru.shibc.academy.certificate.Verification.Result;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.web.ClientAddress;
import ru.shibc.academy.platform.web.RateLimiter;

/**
 * The public verification page, {@code /verify/{code}} or {@code /verify?number=…&surname=…}: no
 * sign-in, HTML for people and JSON for programs that ask for {@code application/json}, limited
 * per client address. A malformed code, a wrong surname and a code nobody issued all get the same
 * answer, so the answers tell nothing about the register beyond the one document asked for.
 */
@WebServlet(urlPatterns = {"/verify", "/verify/*"})
public class VerificationServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** One factory: {@code JSON.createObjectBuilder()} looks the provider up on every call. */
  private static final jakarta.json.JsonBuilderFactory JSON = Json.createBuilderFactory(java.util.Map.of());

  @Inject private transient Verification verification;

  @Inject
  @ConfigProperty(name = "shibc.verify.requests-per-minute", defaultValue = "60")
  private transient int requestsPerMinute;

  @Inject
  @ConfigProperty(name = "shibc.trusted-proxies")
  private transient java.util.Optional<String> trustedProxies;

  private transient volatile RateLimiter limiter;
  private transient volatile ClientAddress clients;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    boolean json = wantsJson(request);
    Locale locale =
        request.getHeader("Accept-Language") == null
            ? Messages.RUSSIAN
            : Messages.firstSupported(Collections.list(request.getLocales()));
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex");
    if (clients == null) {
      clients = new ClientAddress(trustedProxies.orElse(""));
    }
    String client = clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    if (!limiter().tryAcquire(client)) {
      response.setHeader("Retry-After", Long.toString(limiter().secondsUntilNext()));
      if (json) {
        writeProblem(response, locale);
      } else {
        VerificationHtml.tooMany(response, locale);
      }
      return;
    }
    String code = request.getPathInfo() == null ? null : request.getPathInfo().substring(1);
    java.util.Map<String, String> query = query(request.getQueryString());
    String number = query.get("number");
    String surname = query.get("surname");
    boolean asked = code != null && !code.isEmpty() || number != null;
    Result result;
    if (code != null && !code.isEmpty()) {
      result = verification.byCode(code);
    } else if (number != null) {
      result = verification.byNumber(number, surname);
    } else {
      result = Result.UNKNOWN;
    }
    if (json) {
      writeJson(response, result);
    } else {
      VerificationHtml.page(response, locale, asked ? result : null, number, surname);
    }
  }

  /** The query's parameters, always read as UTF-8 (the container's default may differ). */
  static java.util.Map<String, String> query(String queryString) {
    java.util.Map<String, String> params = new java.util.HashMap<>();
    if (queryString == null) {
      return params;
    }
    for (String pair : queryString.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        try {
          params.putIfAbsent(
              java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
              java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          // a malformed escape: the parameter is ignored, as if absent
        }
      }
    }
    return params;
  }

  private RateLimiter limiter() {
    if (limiter == null) {
      synchronized (this) {
        if (limiter == null) {
          limiter = new RateLimiter(requestsPerMinute);
        }
      }
    }
    return limiter;
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    if (accept == null) {
      return false;
    }
    List<String> types = List.of(accept.split(","));
    for (String type : types) {
      String t = type.split(";")[0].strip();
      if (t.equals("application/json")) {
        return true;
      }
      if (t.equals("text/html") || t.equals("application/xhtml+xml")) {
        return false;
      }
    }
    return false;
  }

  private static void writeJson(HttpServletResponse response, Result r) throws IOException {
    JsonObjectBuilder body = JSON.createObjectBuilder().add("status", r.status());
    if (r.isKnown()) {
      body.add("holder", r.holder())
          .add("programme", r.programme())
          .add("documentKind", r.kind())
          .add("academicHours", r.hours())
          .add("issuedOn", r.issuedOn().toString())
          .add("registrationNumber", r.registrationNumber())
          .add("issuer", r.issuer());
      if (r.revokedOn() != null) {
        body.add("revokedOn", r.revokedOn().toString());
      }
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(body.build().toString());
  }

  private static void writeProblem(HttpServletResponse response, Locale locale) throws IOException {
    response.setStatus(429);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter()
        .write(
            JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Messages.text(locale, "problem.title.429"))
                .add("status", 429)
                .add("detail", Messages.text(locale, "verify.tooMany"))
                .build()
                .toString());
  }
}
