package ru.shibc.academy.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A small client of the platform's REST API for tests: JSON in, status and JSON out. */
public final class Api {

  public static final String DEMO_PASSWORD = "demo";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private final String token;
  private String language = "ru";

  private Api(String token) {
    this.token = token;
  }

  /** No caller at all. */
  public static Api anonymous() {
    return new Api(null);
  }

  /** A demo user with the demo password; the token is reused across tests. */
  public static Api as(String username) {
    return new Api(TOKENS.computeIfAbsent(username, u -> login(u, DEMO_PASSWORD)));
  }

  public static Api withToken(String token) {
    return new Api(token);
  }

  public static String login(String username, String password) {
    Reply reply =
        anonymous()
            .post(
                "/api/auth/token",
                Json.createObjectBuilder().add("username", username).add("password", password).build().toString());
    if (reply.status() != 200) {
      throw new IllegalStateException("login of " + username + " failed: " + reply);
    }
    return reply.json().getString("token");
  }

  public Api inLanguage(String language) {
    Api api = new Api(token);
    api.language = language;
    return api;
  }

  public Reply get(String path) {
    return send(builder(path).GET());
  }

  public Reply post(String path, String json) {
    return send(builder(path).header("Content-Type", "application/json").POST(body(json)));
  }

  public Reply post(String path, JsonValue json) {
    return post(path, json.toString());
  }

  public Reply put(String path, JsonValue json) {
    return send(builder(path).header("Content-Type", "application/json").PUT(body(json.toString())));
  }

  public Reply delete(String path) {
    return send(builder(path).DELETE());
  }

  /** PUT of JSON with one extra header, e.g. an {@code Idempotency-Key}. */
  public Reply put(String path, JsonValue json, String header, String value) {
    return send(
        builder(path)
            .header("Content-Type", "application/json")
            .header(header, value)
            .PUT(HttpRequest.BodyPublishers.ofString(json.toString())));
  }

  /** Any method, content type and raw body. */
  public Reply send(String method, String path, String contentType, byte[] content) {
    HttpRequest.Builder b = builder(path);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.method(method, content == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(RunningAcademy.baseUrl() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept-Language", language);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
  }

  private static Reply send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    try {
      return exchange(built);
    } catch (IOException closedKeepAlive) {
      // The server closes a kept-alive connection after its request limit; a request sent on it
      // just then is never read, so it is sent once more on a fresh connection.
      try {
        return exchange(built);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Reply exchange(HttpRequest request) throws IOException {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer: status, content type and body. */
  public record Reply(int status, String contentType, String body) {

    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonArray array() {
      return (JsonArray) structure();
    }

    private JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      }
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }

    /** The problem's detail, for assertions on what the user is told. */
    public String detail() {
      return json().getString("detail");
    }
  }
}
