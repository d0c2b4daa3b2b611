package ru.shibc.academy.assessment.api;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import ru.shibc.academy.assessment.AttemptAnswers;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.Problem;
import ru.shibc.academy.platform.api.Requests;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.security.BearerOnlyEndpoint;
import ru.shibc.academy.platform.security.TokenService.TokenHolder;

/**
 * {@code PUT /api/attempts/{id}/answers/{slot}} served before JAX-RS: the one request a whole
 * group sends many times a minute during an attestation. It is the same contract as {@link
 * AttemptResource#save} (same address, headers, body, answer and problem documents with bundle
 * codes), without what a JAX-RS request costs on Payara (Jersey's matching, JSON-B, Bean
 * Validation, the container's login of the caller with its JACC role checks): the bearer token is
 * checked by the authentication mechanism through the cached {@code TokenService}, and the
 * attempt's owner by the save's own statement. {@link AnswerSaveEndpoint} says which requests
 * these are; everything else under {@code /api/attempts} goes on to JAX-RS.
 */
@WebFilter(urlPatterns = "/api/attempts/*", asyncSupported = true)
public class AnswerSaveFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AnswerSaveFilter.class.getName());
  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

  /** Far above an essay's answer; a bigger body is refused before it is read. */
  private static final int MAX_BODY = 1 << 20;

  @Inject private transient AnswerSaveEndpoint endpoint;
  @Inject private transient AttemptAnswers answers;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long[] target = endpoint.target(request);
    if (target == null) {
      chain.doFilter(request, response);
      return;
    }
    Locale locale =
        Requests.locale(
            () -> request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales()));
    try {
      AttemptAnswers.Ack ack = save(request, target[0], (int) target[1], locale);
      write(response, 200, "application/json",
          "{\"replay\":" + ack.replay() + ",\"revision\":" + ack.revision() + ",\"savedAt\":\"" + ack.savedAt()
              + "\",\"slot\":" + ack.slot() + "}");
    } catch (Refusal r) {
      if (r.problem.status() == 401) {
        response.setHeader("WWW-Authenticate", "Bearer");
      }
      write(response, r.problem.status(), Problem.MEDIA_TYPE, r.problem.json());
    } catch (AcademyException e) {
      write(response, e.kind().status(), Problem.MEDIA_TYPE,
          Problem.of(locale, e.kind().status(), e.messageKey(), e.args()).json());
    } catch (RuntimeException e) {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.SEVERE, "Incident " + incident, e);
      write(response, 500, Problem.MEDIA_TYPE, Problem.of(locale, 500, "problem.internal", incident).json());
    }
  }

  /** The checks in the order JAX-RS and {@link AttemptResource#save} make them, then the save. */
  private AttemptAnswers.Ack save(HttpServletRequest request, long attemptId, int slot, Locale locale)
      throws IOException {
    TokenHolder holder = BearerOnlyEndpoint.holder(request).orElse(null);
    if (holder == null) {
      throw new Refusal(Problem.of(locale, 401, "problem.http.401"));
    }
    if (holder.roles().isEmpty()) { // every role may save answers to its own attempts
      throw new Refusal(Problem.of(locale, 403, "error.forbidden"));
    }
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new Refusal(Problem.of(locale, 415, "problem.http.415"));
    }
    JsonObject body = body(request, locale); // JAX-RS reads the body before the method runs
    String key = request.getHeader("Idempotency-Key");
    if (key == null || !KEY.matcher(key).matches()) {
      throw AcademyException.invalid("attempt.keyRequired");
    }
    if (body == null) {
      throw new Refusal(Problem.of(locale, 400, "problem.bodyRequired"));
    }
    JsonValue answer = body.get("response");
    JsonValue base = body.get("baseRevision");
    Problem invalid = Problem.of(locale, 400, "problem.validation");
    boolean valid = true;
    if (base == null || base == JsonValue.NULL) {
      invalid.error("baseRevision", Messages.text(locale, "validation.NotNull", "", ""));
      valid = false;
    } else if (((JsonNumber) base).intValue() < 0) {
      invalid.error("baseRevision", Messages.text(locale, "validation.Min", 0L, ""));
      valid = false;
    }
    if (answer == null || answer == JsonValue.NULL) {
      invalid.error("response", Messages.text(locale, "validation.NotNull", "", ""));
      valid = false;
    }
    if (!valid) {
      throw new Refusal(invalid);
    }
    if (holder.personId() == null) {
      throw AcademyException.notFound("person");
    }
    return answers.save(
        attemptId, holder.personId(), slot, answer.toString(), ((JsonNumber) base).intValueExact(), key);
  }

  /**
   * The body as JSON-B would bind it to {@code AnswerForm}: an object, {@code response} an object;
   * null for none.
   */
  private static JsonObject body(HttpServletRequest request, Locale locale) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY) {
      throw new Refusal(Problem.of(locale, 413, "problem.http.413"));
    }
    byte[] bytes;
    try (InputStream in = request.getInputStream()) {
      bytes = in.readNBytes(MAX_BODY + 1);
    }
    if (bytes.length > MAX_BODY) {
      throw new Refusal(Problem.of(locale, 413, "problem.http.413"));
    }
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      return null;
    }
    try (var reader = JSON.createReader(new ByteArrayInputStream(bytes))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      JsonObject body = value.asJsonObject();
      JsonValue answer = body.get("response");
      JsonValue base = body.get("baseRevision");
      boolean answerShape = answer == null || answer.getValueType() == JsonValue.ValueType.NULL
          || answer.getValueType() == JsonValue.ValueType.OBJECT;
      boolean baseShape = base == null || base.getValueType() == JsonValue.ValueType.NULL
          || base instanceof JsonNumber n && n.isIntegral() && fitsInt(n);
      if (!answerShape || !baseShape) {
        throw new Refusal(Problem.of(locale, 400, "problem.malformedJson"));
      }
      return body;
    } catch (JsonException | ClassCastException e) {
      throw new Refusal(Problem.of(locale, 400, "problem.malformedJson"));
    }
  }

  private static boolean fitsInt(JsonNumber n) {
    try {
      n.intValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private static void write(HttpServletResponse response, int status, String type, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(type);
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** A refusal already phrased as a problem document. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Refusal(Problem problem) {
      super(null, null, false, false);
      this.problem = problem;
    }
  }
}
