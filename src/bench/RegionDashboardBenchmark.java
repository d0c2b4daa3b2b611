import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The department's dashboard at region scale (issue 7): each dashboard API call and the whole
 * dashboard page, one client after another (the department is a handful of people, so latency, not
 * throughput, is what matters). Each call is warmed up, then timed {@code n} times; the table gives
 * p50, p95 and the worst, against the targets: every API call p95 under 200 ms, the full page
 * (the HTML with every figure and chart rendered on the server) under 500 ms.
 * Run by src/bench/region-dashboard.sh. Arguments: base URL, the number of timed calls per row.
 */
public class RegionDashboardBenchmark {

  static final HttpClient API = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  static String base;

  public static void main(String[] args) throws Exception {
    base = args[0];
    int n = Integer.parseInt(args[1]);
    String token = token("department", "demo");
    String schools = get("/api/dashboard/schools?from=2019-01-01", token).body();
    long school = firstLong(schools, "\"organisationId\":(\\d+)");
    String schoolJson = get("/api/dashboard/schools/" + school, token).body();
    long person = firstLong(schoolJson, "\"personId\":(\\d+)");
    System.out.printf("region: %d organisations with staff; drill-down to organisation %d and person %d%n",
        count(schools, "\"organisationId\""), school, person);

    Map<String, String> calls = new LinkedHashMap<>();
    calls.put("certificates, last 12 months by month", "/api/dashboard/certificates");
    calls.put("certificates by school, last 12 months", "/api/dashboard/certificates?by=SCHOOL");
    calls.put("certificates by course, 2019 to today by quarter", "/api/dashboard/certificates?by=COURSE&step=QUARTER&from=2019-01-01");
    calls.put("certificates by position, 2019 to today by year", "/api/dashboard/certificates?by=POSITION&step=YEAR&from=2019-01-01");
    calls.put("certificates by school, 2019 to today by year", "/api/dashboard/certificates?by=SCHOOL&step=YEAR&from=2019-01-01");
    calls.put("three-year compliance per school", "/api/dashboard/compliance");
    calls.put("webinar participation, last 12 months", "/api/dashboard/webinars");
    calls.put("webinar participation, 2019 to today", "/api/dashboard/webinars?from=2019-01-01");
    calls.put("roadmap progress", "/api/dashboard/roadmaps");
    calls.put("district table (every school)", "/api/dashboard/schools");
    calls.put("drill-down: a school and its staff", "/api/dashboard/schools/" + school);
    calls.put("drill-down: a person", "/api/dashboard/people/" + person);
    calls.put("file: district table XLSX", "/api/dashboard/files/schools?format=xlsx");
    calls.put("file: a school's staff CSV", "/api/dashboard/files/school?format=csv&organisationId=" + school);

    List<String> rows = new ArrayList<>();
    for (var call : calls.entrySet()) {
      rows.add(row(call.getKey(), "`GET " + call.getValue().split("\\?")[0] + "`", n, call.getKey().startsWith("file") ? 0 : 200,
          () -> check(get(call.getValue(), token))));
    }
    HttpClient page = signIn("department", "demo");
    rows.add(row("full dashboard page (server-rendered HTML)", "`GET /department/dashboard.xhtml`", n, 500,
        () -> check(page.send(HttpRequest.newBuilder(URI.create(base + "/department/dashboard.xhtml")).GET().build(),
            HttpResponse.BodyHandlers.ofString()))));
    rows.add(row("school page (drill-down)", "`GET /department/school.xhtml`", n, 500,
        () -> check(page.send(HttpRequest.newBuilder(URI.create(base + "/department/school.xhtml?id=" + school)).GET().build(),
            HttpResponse.BodyHandlers.ofString()))));

    System.out.println();
    System.out.println("| what | request | n | p50 ms | p95 ms | max ms | target p95 | |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  interface Call {
    void run() throws Exception;
  }

  static String row(String what, String request, int n, int target, Call call) throws Exception {
    for (int i = 0; i < Math.max(3, n / 10); i++) {
      call.run();
    }
    long[] ms = new long[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      call.run();
      ms[i] = (System.nanoTime() - t) / 1_000_000;
    }
    Arrays.sort(ms);
    long p95 = ms[(int) Math.ceil(n * 0.95) - 1];
    String verdict = target == 0 ? "" : p95 < target ? "ok" : "**over**";
    return String.format("| %s | %s | %d | %d | %d | %d | %s | %s |", what, request, n, ms[n / 2], p95, ms[n - 1],
        target == 0 ? "—" : "< " + target + " ms", verdict);
  }

  static void check(HttpResponse<?> r) {
    if (r.statusCode() != 200) {
      throw new IllegalStateException(r.uri() + " answered " + r.statusCode() + ": " + r.body());
    }
  }

  static HttpResponse<String> get(String path, String token) throws Exception {
    return API.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static String token(String user, String password) throws Exception {
    String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
    HttpResponse<String> r = API.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("no token for " + user + ": " + r.body());
    }
    return m.group(1);
  }

  /** The login form over plain HTTP, as a browser would post it; the session cookie is kept. */
  static HttpClient signIn(String user, String password) throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
        .version(HttpClient.Version.HTTP_1_1).build();
    String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = VIEW_STATE.matcher(login);
    if (!m.find()) {
      throw new IllegalStateException("no view state on the login page");
    }
    String form = "login=login&login%3Ausername=" + enc(user) + "&login%3Apassword=" + enc(password)
        + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(m.group(1));
    http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    return http;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static long firstLong(String json, String regex) {
    Matcher m = Pattern.compile(regex).matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("nothing matches " + regex + " in " + json.substring(0, Math.min(300, json.length())));
    }
    return Long.parseLong(m.group(1));
  }

  static int count(String json, String token) {
    int c = 0;
    for (int i = json.indexOf(token); i >= 0; i = json.indexOf(token, i + 1)) {
      c++;
    }
    return c;
  }
}
