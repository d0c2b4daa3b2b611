package ru.shibc.academy.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.shibc.academy.platform.i18n.Messages;

/** An RFC 9457 problem document, in the reader's language. */
public final class Problem {

  /** The JSON-P provider, looked up once: {@code Json.create…} looks it up on every call. */
  private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

  private final int status;
  private final String title;
  private final String detail;
  private final String code;
  private final List<String[]> errors = new ArrayList<>();

  private Problem(int status, String title, String detail, String code) {
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.code = code;
  }

  /**
   * A problem whose {@code code} member is the detail's bundle key (e.g. {@code
   * attempt.answerChanged}), so that clients can tell refusals apart without reading the text.
   */
  public static Problem of(Locale locale, int status, String detailKey, Object... args) {
    return new Problem(
        status, Messages.text(locale, "problem.title." + status), Messages.text(locale, detailKey, args), detailKey);
  }

  public Problem error(String field, String message) {
    errors.add(new String[] {field, message});
    return this;
  }

  public int status() {
    return status;
  }

  /** The problem document itself, for endpoints that write their own response (a plain servlet). */
  public String json() {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", detail)
            .add("code", code);
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = JSON.createArrayBuilder();
      errors.forEach(e -> list.add(JSON.createObjectBuilder().add("field", e[0]).add("message", e[1])));
      body.add("errors", list);
    }
    return body.build().toString();
  }

  public Response toResponse() {
    return Response.status(status).type(PROBLEM_JSON).entity(json()).build();
  }
}
