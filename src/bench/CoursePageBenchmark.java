import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The course page of an enrolled learner under load (issue 3). Builds a course of 10 sections
 * and 60 activities through the API, enrols 64 new learners, signs each in (a session each, as
 * 64 real users have), then measures:
 * 1) throughput with 64 concurrent users and no think time (closed loop),
 * 2) latency at a fixed offered rate of 150 pages/s (open loop: requests are sent on schedule
 *    whether or not earlier ones have answered, so queueing shows in the figures).
 * Run by src/bench/course-page.sh; JDK only. Arguments: base URL, seconds per phase.
 */
public class CoursePageBenchmark {

  static final HttpClient API = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final int USERS = 64;
  static final String PASSWORD = "Bench-Пароль-2026";
  static String base;

  public static void main(String[] args) throws Exception {
    base = args[0];
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    String tag = Long.toString(System.nanoTime(), 36);
    String methodologist = token("methodologist", "demo");
    long course = buildCourse(methodologist, tag);
    String admin = token("admin", "demo");
    String school = firstSchool(admin);
    List<String> usernames = new ArrayList<>();
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < USERS; i++) {
      String email = "bench" + i + "." + tag + "@school01.zarechye-edu.ru";
      long person = id(call("POST", "/api/people", admin,
          "{\"surname\":\"Нагрузкина\",\"name\":\"Анна\",\"position\":\"педагог-библиотекарь\",\"organisationId\":" + school
              + ",\"email\":\"" + email + "\"}"));
      call("PUT", "/api/people/" + person + "/account", admin,
          "{\"username\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"LEARNER\"]}");
      usernames.add(email);
      ids.append(ids.length() == 0 ? "" : ",").append(person);
    }
    call("POST", "/api/courses/" + course + "/participants", methodologist, "{\"personIds\":[" + ids + "]}");
    List<HttpClient> pages = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (String u : usernames) {
      pages.add(signIn(u, PASSWORD));
      tokens.add(token(u, PASSWORD));
    }
    HttpClient page = pages.get(0);
    String url = base + "/courses/course.xhtml?id=" + course;
    String html = page.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    int links = count(html, "activity-link");
    System.out.printf("course %d: 10 sections, 60 activities; page %d bytes, %d activity links%n", course, html.length(), links);
    if (links != 60) {
      throw new IllegalStateException("the course page does not show 60 activities");
    }
    List<String> noTokens = java.util.Collections.nCopies(USERS, null);
    closedLoop("HTML course page", pages, url, noTokens, 10, true);
    Result html64 = closedLoop("HTML course page", pages, url, noTokens, seconds, false);
    Result html150 = openLoop("HTML course page", pages, url, noTokens, 150, seconds);
    String api = base + "/api/learning/courses/" + course;
    List<HttpClient> apis = java.util.Collections.nCopies(USERS, API);
    closedLoop("API course page", apis, api, tokens, 10, true);
    Result api64 = closedLoop("API course page", apis, api, tokens, seconds, false);
    Result api150 = openLoop("API course page", apis, api, tokens, 150, seconds);
    System.out.println();
    System.out.println("| what | pages/s | p50 ms | p95 ms | p99 ms | errors |");
    System.out.println("|---|---|---|---|---|---|");
    for (Result r : List.of(html64, html150, api64, api150)) {
      System.out.println(r.row());
    }
  }

  record Result(String what, double rate, long p50, long p95, long p99, long errors) {
    String row() {
      return String.format("| %s | %.0f | %d | %d | %d | %d |", what, rate, p50, p95, p99, errors);
    }
  }

  /** Closed loop: one client per user, each sending its next request as soon as one answers. */
  static Result closedLoop(String what, List<HttpClient> clients, String url, List<String> tokens, int seconds, boolean warmUp)
      throws Exception {
    int users = clients.size();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    CountDownLatch done = new CountDownLatch(users);
    var pool = Executors.newFixedThreadPool(users);
    long start = System.nanoTime();
    for (int u = 0; u < users; u++) {
      HttpClient client = clients.get(u);
      String token = tokens.get(u);
      pool.submit(() -> {
        try {
          while (System.nanoTime() < end) {
            long t = System.nanoTime();
            boolean ok = fetch(client, url, token);
            latencies.add(System.nanoTime() - t);
            if (!ok) {
              errors.incrementAndGet();
            }
          }
        } finally {
          done.countDown();
        }
      });
    }
    done.await();
    pool.shutdown();
    double elapsed = (System.nanoTime() - start) / 1e9;
    Result r = result(what + ", " + users + " users, no think time", latencies, elapsed, errors.get());
    if (!warmUp) {
      System.out.println(r.row());
    }
    return r;
  }

  /** Open loop: a request every 1/rate seconds, on schedule, users in turn, up to 2,000 in flight. */
  static Result openLoop(String what, List<HttpClient> clients, String url, List<String> tokens, int rate, int seconds)
      throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    int total = rate * seconds;
    CountDownLatch done = new CountDownLatch(total);
    Semaphore inFlight = new Semaphore(2000);
    var workers = Executors.newFixedThreadPool(256);
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    long periodNanos = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * periodNanos;
      HttpClient client = clients.get(i % clients.size());
      String token = tokens.get(i % tokens.size());
      clock.schedule(() -> {
        if (!inFlight.tryAcquire()) {
          errors.incrementAndGet();
          done.countDown();
          return;
        }
        workers.submit(() -> {
          try {
            boolean ok = fetch(client, url, token);
            latencies.add(System.nanoTime() - due); // from when it was due: includes any queueing
            if (!ok) {
              errors.incrementAndGet();
            }
          } finally {
            inFlight.release();
            done.countDown();
          }
        });
      }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
    }
    done.await();
    clock.shutdown();
    workers.shutdown();
    double elapsed = (System.nanoTime() - start) / 1e9;
    Result r = result(what + ", offered " + rate + "/s", latencies, elapsed, errors.get());
    System.out.println(r.row());
    return r;
  }

  static boolean fetch(HttpClient client, String url, String token) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
      if (token != null) {
        b.header("Authorization", "Bearer " + token);
      }
      HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return r.statusCode() == 200;
    } catch (Exception e) {
      return false;
    }
  }

  static Result result(String what, ConcurrentLinkedQueue<Long> nanos, double seconds, long errors) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return new Result(what, sorted.size() / seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), errors);
  }

  static long pct(List<Long> sorted, int p) {
    return sorted.isEmpty() ? -1 : TimeUnit.NANOSECONDS.toMillis(sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)));
  }

  static long buildCourse(String token, String tag) throws Exception {
    long course = id(call("POST", "/api/courses", token,
        "{\"title\":\"Нагрузочный курс " + tag + "\",\"shortName\":\"НК-" + tag + "\",\"programmeType\":\"QUALIFICATION_UPGRADE\","
            + "\"academicHours\":72,\"form\":\"DISTANCE\"}"));
    for (int s = 1; s <= 10; s++) {
      long section = id(call("POST", "/api/courses/" + course + "/sections", token, "{\"title\":\"Модуль " + s + "\"}"));
      for (int a = 1; a <= 6; a++) {
        String body =
            a == 1
                ? "\"kind\":\"ASSIGNMENT\",\"body\":\"<p>Опишите опыт работы библиотеки по теме модуля.</p>\""
                : a == 6
                    ? "\"kind\":\"LINK\",\"url\":\"https://rusneb.ru/\",\"required\":false"
                    : "\"kind\":\"PAGE\",\"body\":\"<h3>Тема " + s + "." + a + "</h3><p>Школьный информационно-библиотечный центр"
                        + " объединяет фонд, медиатеку и пространство для проектной работы учеников.</p>\"";
        call("POST", "/api/courses/" + course + "/activities", token,
            "{\"sectionId\":" + section + ",\"title\":\"Тема " + s + "." + a + "\"," + body + "}");
      }
    }
    call("PUT", "/api/courses/" + course + "/status", token, "{\"status\":\"PUBLISHED\"}");
    return course;
  }

  static String firstSchool(String token) throws Exception {
    Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(call("GET", "/api/organisations?kind=SCHOOL", token, null));
    m.find();
    return m.group(1);
  }

  static long personOf(String token) throws Exception {
    Matcher m = Pattern.compile("\"person\":\\{[^}]*?\"id\":(\\d+)").matcher(call("GET", "/api/me", token, null));
    if (!m.find()) {
      throw new IllegalStateException("no person");
    }
    return Long.parseLong(m.group(1));
  }

  static String token(String user, String password) throws Exception {
    String body = call("POST", "/api/auth/token", null, "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no token: " + body);
    }
    return m.group(1);
  }

  static HttpClient signIn(String user, String password) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
    String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
    m.find();
    String form = "login=login&login%3Ausername=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&login%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
        + "&login%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    return client;
  }

  static String call(String method, String path, String token, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = API.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  static long id(String json) {
    Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
    m.find();
    return Long.parseLong(m.group(1));
  }

  static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      n++;
    }
    return n;
  }
}
