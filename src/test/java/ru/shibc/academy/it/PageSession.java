package ru.shibc.academy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in browser session without a browser: the login form over plain HTTP, then pages. */
public final class PageSession {

  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public static PageSession signIn(String username, String password) {
    PageSession session = new PageSession();
    String login = session.get("/login.xhtml").body();
    Matcher m = VIEW_STATE.matcher(login);
    if (!m.find()) {
      throw new IllegalStateException("no view state on the login page");
    }
    String form =
        "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
            + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(m.group(1));
    HttpResponse<String> after =
        session.send(
            HttpRequest.newBuilder(URI.create(RunningAcademy.baseUrl() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (!after.body().contains("nav:menu")) {
      throw new IllegalStateException("sign-in of " + username + " failed");
    }
    return session;
  }

  /** A JSON request with nothing but the session cookie, as another site could make one. */
  public HttpResponse<String> send(String method, String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(RunningAcademy.baseUrl() + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A page's form posted as a browser without scripts would post it: field names to values. */
  public HttpResponse<String> postForm(String path, java.util.Map<String, String> fields) {
    StringBuilder form = new StringBuilder();
    fields.forEach((k, v) -> form.append(form.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
    return send(
        HttpRequest.newBuilder(URI.create(RunningAcademy.baseUrl() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(RunningAcademy.baseUrl() + path)).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
