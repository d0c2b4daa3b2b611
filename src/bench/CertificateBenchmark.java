import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

/**
 * The certificates feature under load (issue 6), against the demo district's register:
 * 1) certificate PDFs rendered per second, 4 and 16 clients with no think time (closed loop), and
 *    the whole register as one ZIP (GET /api/certificates/files/pdfs), as PDFs per second;
 * 2) public verification lookups (GET /verify/{code}, JSON), 90% valid codes and 10% unknown ones:
 *    throughput at 64 clients, then latency at a fixed offered 1,500 lookups/s (open loop: each
 *    lookup timed from when it was due, so queueing counts); with wrk too when it is installed;
 * 3) bulk issue of 10,000 certificates: a 36-hour qualification upgrade course made through the API,
 *    10,000 people and their completed enrolments inserted over JDBC, then one timed
 *    POST /api/certificates/bulk, then a check that the year's numbers are unique and gap-free.
 * Each row also says how many cores the application, MariaDB, this program (and wrk) and everything
 * else on the machine used meanwhile, read from /proc, and the server's CPU milliseconds per item
 * (application + MariaDB), which moves much less than the rates when others load the shared machine.
 * Run by src/bench/certificates.sh; JDK plus MySQL Connector/J on the class path.
 * Arguments: base URL, seconds per phase, the database port, the application's process id.
 */
public class CertificateBenchmark {

  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  static final int BULK = 10_000;
  static final int BULK_WARM_UP = 500;
  static final int VERIFY_RATE = 1_500;
  static String base;
  static String jdbc;
  static long appPid;
  static final List<String> rows = new ArrayList<>();

  record Certificate(long id, String code, String status) {}

  public static void main(String[] args) throws Exception {
    base = args[0];
    int seconds = Integer.parseInt(args[1]);
    jdbc = "jdbc:mysql://127.0.0.1:" + args[2] + "/shibc?user=root&password=embedded&rewriteBatchedStatements=true";
    appPid = Long.parseLong(args[3]);
    String token = token("methodologist", "demo");
    List<Certificate> register = register(token);
    System.out.printf("demo register: %d certificates%n", register.size());

    Fetch pdf = i -> pdf(base + "/api/certificates/" + register.get(i % register.size()).id() + "/pdf", token);
    closedLoop("warm-up", 4, 10, pdf);
    closedLoop("certificate PDF (`/api/certificates/{id}/pdf`), 4 clients", 4, seconds, pdf);
    closedLoop("certificate PDF, 16 clients", 16, seconds, pdf);
    zip(token, register.size(), seconds);

    List<Certificate> mix = verificationMix(register);
    Lookups.host = URI.create(base).getHost();
    Lookups.port = URI.create(base).getPort();
    Fetch lookup = i -> lookup(mix.get(i % mix.size()));
    closedLoop("warm-up", 64, 10, lookup);
    closedLoop("verification (`/verify/{code}`, JSON, 90% valid), 64 clients", 64, seconds, lookup);
    wrk(mix, seconds);
    openLoop("verification, offered " + VERIFY_RATE + "/s", VERIFY_RATE, seconds, lookup);

    bulkIssue(token);

    System.out.println();
    System.out.println("| what | per second | p50 ms | p95 ms | p99 ms | errors | cores used: app / MariaDB / bench / other | server CPU ms each |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  // ---- the register ------------------------------------------------------------------------

  static List<Certificate> register(String token) throws Exception {
    String json = call("GET", "/api/certificates?size=500", token, null);
    List<Certificate> found = new ArrayList<>();
    Matcher item = Pattern.compile("\\{[^{}]*\\}").matcher(json.substring(json.indexOf('[')));
    while (item.find()) {
      String o = item.group();
      found.add(new Certificate(Long.parseLong(field(o, "\"id\":(\\d+)")),
          field(o, "\"verificationUrl\":\"[^\"]*/verify/([a-z2-7]{32})\""), field(o, "\"status\":\"([A-Z]+)\"")));
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("the demo register is empty");
    }
    return found;
  }

  /** 90 valid codes (the register's, in turn) and 10 well-formed codes nobody issued, shuffled. */
  static List<Certificate> verificationMix(List<Certificate> register) {
    List<Certificate> mix = new ArrayList<>();
    for (int i = 0; i < 900; i++) {
      mix.add(register.get(i % register.size()));
    }
    for (int i = 0; i < 100; i++) {
      StringBuilder code = new StringBuilder();
      for (int k = 0; k < 32; k++) {
        code.append("abcdefghijklmnopqrstuvwxyz234567".charAt(ThreadLocalRandom.current().nextInt(32)));
      }
      mix.add(new Certificate(0, code.toString(), "UNKNOWN"));
    }
    Collections.shuffle(mix, new java.util.Random(6));
    return mix;
  }

  // ---- load ----------------------------------------------------------------------------------

  /** Closed loop: each client sends its next request as soon as the last one answered. */
  static void closedLoop(String what, int clients, int seconds, Fetch fetch) throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    AtomicLong next = new AtomicLong();
    CountDownLatch done = new CountDownLatch(clients);
    var pool = Executors.newFixedThreadPool(clients);
    Cpu cpu = Cpu.now();
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    for (int c = 0; c < clients; c++) {
      pool.submit(() -> {
        try {
          while (System.nanoTime() < end) {
            int i = (int) next.getAndIncrement();
            long t = System.nanoTime();
            boolean ok = fetch.get(i);
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
    row(what, latencies, (System.nanoTime() - start) / 1e9, errors.get(), cpu, !what.equals("warm-up"));
  }

  /** Open loop: a request every 1/rate seconds on schedule, up to 2,000 in flight (beyond: errors). */
  static void openLoop(String what, int rate, int seconds, Fetch fetch) throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    int total = rate * seconds;
    CountDownLatch done = new CountDownLatch(total);
    Semaphore inFlight = new Semaphore(2000);
    var workers = Executors.newFixedThreadPool(256);
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    Cpu cpu = Cpu.now();
    long periodNanos = 1_000_000_000L / rate;
    long start = System.nanoTime() + 100_000_000L;
    for (int i = 0; i < total; i++) {
      int n = i;
      long due = start + i * periodNanos;
      clock.schedule(() -> {
        if (!inFlight.tryAcquire()) {
          errors.incrementAndGet();
          done.countDown();
          return;
        }
        workers.submit(() -> {
          try {
            boolean ok = fetch.get(n);
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
    row(what, latencies, (System.nanoTime() - start) / 1e9, errors.get(), cpu, true);
  }

  /** The i-th request of a phase; true when its answer is right. */
  interface Fetch {
    boolean get(int i);
  }

  /** A PDF through the JDK's HTTP client: 200 and a PDF. */
  static boolean pdf(String url, String token) {
    try {
      HttpResponse<byte[]> r = HTTP.send(
          HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return r.statusCode() == 200 && r.body().length > 1000
          && new String(r.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    } catch (Exception e) {
      return false;
    }
  }

  /** A lookup: 200 and the status the register has (UNKNOWN for a made-up code). */
  static boolean lookup(Certificate c) {
    Lookups.Reply r = Lookups.get("/verify/" + c.code());
    return r != null && r.status() == 200 && r.body().contains("\"status\":\"" + c.status() + "\"");
  }

  /**
   * A minimal HTTP/1.1 client with keep-alive connections in a pool, for the lookups: the JDK's
   * client costs about a third of a millisecond of CPU a request, which on 2 shared cores would
   * take a large share of what is measured. Handles Content-Length and chunked answers.
   */
  static final class Lookups {
    record Reply(int status, String body) {}

    static String host;
    static int port;
    static final ConcurrentLinkedQueue<Lookups> idle = new ConcurrentLinkedQueue<>();
    final java.net.Socket socket;
    final java.io.InputStream in;
    final java.io.OutputStream out;
    boolean keepAlive = true;

    Lookups() throws IOException {
      socket = new java.net.Socket(host, port);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(60_000);
      in = new java.io.BufferedInputStream(socket.getInputStream(), 8192);
      out = socket.getOutputStream();
    }

    /** One GET on an idle connection (a stale one is retried once on a new one); null when it failed. */
    static Reply get(String path) {
      Lookups reused = idle.poll();
      if (reused != null) {
        Reply r = reused.exchange(path);
        if (r != null) {
          return r;
        }
      }
      try {
        return new Lookups().exchange(path);
      } catch (IOException e) {
        return null;
      }
    }

    Reply exchange(String path) {
      try {
        Reply r = send(path);
        if (keepAlive) {
          idle.offer(this);
        } else {
          socket.close();
        }
        return r;
      } catch (IOException | RuntimeException e) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // already broken
        }
        return null;
      }
    }

    Reply send(String path) throws IOException {
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      int status = Integer.parseInt(line().substring(9, 12));
      int length = -1;
      boolean chunked = false;
      for (String h = line(); !h.isEmpty(); h = line()) {
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Integer.parseInt(lower.substring(15).strip());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          keepAlive = false; // the server's last answer on this connection
        }
      }
      java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
      if (chunked) {
        for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
            size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
          body.write(in.readNBytes(size));
          line();
        }
        while (!line().isEmpty()) {
          // trailers
        }
      } else if (length >= 0) {
        body.write(in.readNBytes(length));
      } else {
        throw new IOException("an answer without a length");
      }
      return new Reply(status, body.toString(StandardCharsets.UTF_8));
    }

    String line() throws IOException {
      StringBuilder s = new StringBuilder();
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new IOException("closed");
        }
        if (b != '\r') {
          s.append((char) b);
        }
      }
      return s.toString();
    }
  }

  /** The whole register as one ZIP, downloaded one after another for the phase's length (at least twice). */
  static void zip(String token, int expected, int seconds) throws Exception {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    long errors = 0;
    long pdfs = 0;
    Cpu cpu = Cpu.now();
    long start = System.nanoTime();
    int downloads = 0;
    while (downloads < 2 || System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds)) {
      long t = System.nanoTime();
      HttpResponse<byte[]> r = HTTP.send(
          HttpRequest.newBuilder(URI.create(base + "/api/certificates/files/pdfs")).header("Authorization", "Bearer " + token)
              .timeout(Duration.ofMinutes(10)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      latencies.add(System.nanoTime() - t);
      int entries = 0;
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
        while (zip.getNextEntry() != null) {
          entries++;
        }
      }
      pdfs += entries;
      if (r.statusCode() != 200 || entries != expected) {
        errors++;
      }
      downloads++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = sorted(latencies);
    rows.add(String.format("| ZIP of the register (`/api/certificates/files/pdfs`), %d PDFs, %d downloads one after another, %.2f s each (median) | %.0f PDFs | – | – | – | %d | %s |",
        expected, downloads, sorted.get(sorted.size() / 2) / 1e9, pdfs / elapsed, errors, cpu.since(pdfs / elapsed)));
    System.out.println(rows.get(rows.size() - 1));
  }

  /** The same 64-client lookup load from wrk (a lighter client), when wrk is installed. */
  static void wrk(List<Certificate> mix, int seconds) throws Exception {
    Path wrk = Path.of("/usr/bin/wrk");
    if (!Files.isExecutable(wrk)) {
      return;
    }
    Path script = Files.createTempFile("verify", ".lua");
    StringBuilder lua = new StringBuilder("local codes = {");
    mix.forEach(c -> lua.append('"').append(c.code()).append("\","));
    lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
        + "  return wrk.format(\"GET\", \"/verify/\" .. codes[(i % #codes) + 1], {[\"Accept\"] = \"application/json\"})\nend\n");
    Files.writeString(script, lua);
    Cpu cpu = Cpu.now();
    Process p = new ProcessBuilder(wrk.toString(), "-t2", "-c64", "-d" + seconds + "s", "--latency", "-s", script.toString(), base + "/")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    Files.delete(script);
    String rate = field(out, "Requests/sec:\\s+([\\d.]+)");
    Matcher errors = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
    rows.add(String.format("| verification, 64 connections from wrk (2 threads) | %.0f | %s | – | %s | %s | %s |",
        Double.parseDouble(rate), wrkMillis(out, "50%"), wrkMillis(out, "99%"), errors.find() ? errors.group(1) : "0",
        cpu.since(Double.parseDouble(rate))));
    System.out.println(rows.get(rows.size() - 1));
  }

  static String wrkMillis(String out, String percentile) {
    Matcher m = Pattern.compile(percentile.replace("%", "%") + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
    if (!m.find()) {
      return "?";
    }
    double v = Double.parseDouble(m.group(1));
    double ms = m.group(2).equals("us") ? v / 1000 : m.group(2).equals("s") ? v * 1000 : v;
    return ms < 10 ? String.format("%.1f", ms) : String.format("%.0f", ms);
  }

  // ---- bulk issue ----------------------------------------------------------------------------

  static void bulkIssue(String token) throws Exception {
    String tag = Long.toString(System.currentTimeMillis(), 36);
    long warmUp = courseWithCompletions(token, "Разогрев " + tag, "warm-" + tag, BULK_WARM_UP);
    String warmed = call("POST", "/api/certificates/bulk", token, "{\"courseId\":" + warmUp + ",\"reason\":\"Разогрев\"}");
    if (!warmed.contains("\"issued\":" + BULK_WARM_UP)) {
      throw new IllegalStateException("warm-up bulk issue: " + warmed);
    }
    long course = courseWithCompletions(token, "Массовая выдача " + tag, "bulk-" + tag, BULK);
    Cpu cpu = Cpu.now();
    long t = System.nanoTime();
    String answer = call("POST", "/api/certificates/bulk", token,
        "{\"courseId\":" + course + ",\"reason\":\"Курс завершён очно, удостоверения выдаются после проверки ведомости\"}");
    double elapsed = (System.nanoTime() - t) / 1e9;
    String used = cpu.since(BULK / elapsed);
    int issued = Integer.parseInt(field(answer, "\"issued\":(\\d+)"));
    String check;
    try (Connection db = DriverManager.getConnection(jdbc);
        PreparedStatement s = db.prepareStatement(
            "SELECT reg_year, count(*), count(DISTINCT reg_seq), max(reg_seq) FROM certificates"
                + " WHERE reg_year = (SELECT max(reg_year) FROM certificates WHERE course_id = ?) GROUP BY reg_year")) {
      s.setLong(1, course);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        long count = r.getLong(2);
        boolean gapFree = count == r.getLong(3) && count == r.getLong(4);
        check = String.format("%d: %d certificates, %d distinct numbers, highest %d: %s", r.getInt(1), count,
            r.getLong(3), r.getLong(4), gapFree ? "unique and gap-free" : "NOT unique and gap-free");
        if (!gapFree) {
          issued = -issued;
        }
      }
    }
    System.out.printf("bulk issue: %s in %.1f s; the year's numbers %s%n", answer, elapsed, check);
    rows.add(String.format("| bulk issue of %,d certificates, one `POST /api/certificates/bulk` (after a warm-up of %d): %.1f s | %.0f certificates | – | – | – | %d | %s |",
        BULK, BULK_WARM_UP, elapsed, issued / elapsed, issued == BULK ? 0 : 1, used));
  }

  /** A published 36-hour qualification upgrade course with {@code n} new people who completed it (over JDBC). */
  static long courseWithCompletions(String token, String title, String shortName, int n) throws Exception {
    long course = id(call("POST", "/api/courses", token,
        "{\"title\":\"" + title + "\",\"shortName\":\"" + shortName + "\",\"programmeType\":\"QUALIFICATION_UPGRADE\","
            + "\"academicHours\":36,\"form\":\"DISTANCE\"}"));
    long section = id(call("POST", "/api/courses/" + course + "/sections", token, "{\"title\":\"Модуль 1\"}"));
    call("POST", "/api/courses/" + course + "/activities", token,
        "{\"sectionId\":" + section + ",\"title\":\"Итоговая работа\",\"kind\":\"PAGE\",\"body\":\"<p>Итоговая работа</p>\"}");
    call("PUT", "/api/courses/" + course + "/status", token, "{\"status\":\"PUBLISHED\"}");
    String[] surnames = {"Смирнова", "Кузнецова", "Попова", "Васильева", "Петрова", "Соколова", "Михайлова", "Новикова"};
    String[] names = {"Анна", "Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана"};
    String[] patronymics = {"Ивановна", "Петровна", "Сергеевна", "Андреевна", null};
    Instant enrolled = Instant.now().minus(Duration.ofDays(40));
    Instant completed = Instant.now().minus(Duration.ofDays(3));
    try (Connection db = DriverManager.getConnection(jdbc)) {
      db.setAutoCommit(false);
      List<Long> schools = new ArrayList<>();
      try (ResultSet r = db.createStatement().executeQuery("SELECT id FROM organisations WHERE kind = 'SCHOOL' ORDER BY id")) {
        while (r.next()) {
          schools.add(r.getLong(1));
        }
      }
      try (PreparedStatement s = db.prepareStatement(
          "INSERT INTO people (surname, name, patronymic, position, organisation_id, email, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < n; i++) {
          s.setString(1, surnames[i % surnames.length]);
          s.setString(2, names[(i / surnames.length) % names.length]);
          s.setString(3, patronymics[i % patronymics.length]);
          s.setString(4, "педагог-библиотекарь");
          s.setLong(5, schools.get(i % schools.size()));
          s.setString(6, shortName + "." + i + "@bench.zarechye-edu.ru");
          s.setTimestamp(7, Timestamp.from(enrolled));
          s.addBatch();
          if (i % 1000 == 999) {
            s.executeBatch();
          }
        }
        s.executeBatch();
      }
      try (PreparedStatement s = db.prepareStatement(
          "INSERT INTO enrolments (course_id, person_id, status, enrolled_at, enrolled_by, completed_at)"
              + " SELECT ?, id, 'COMPLETED', ?, 'bench', ? FROM people WHERE email LIKE ?")) {
        s.setLong(1, course);
        s.setTimestamp(2, Timestamp.from(enrolled));
        s.setTimestamp(3, Timestamp.from(completed));
        s.setString(4, shortName + ".%@bench.zarechye-edu.ru");
        if (s.executeUpdate() != n) {
          throw new IllegalStateException("enrolments not inserted");
        }
      }
      db.commit();
    }
    return course;
  }

  // ---- figures -------------------------------------------------------------------------------

  static void row(String what, ConcurrentLinkedQueue<Long> nanos, double seconds, long errors, Cpu cpu, boolean print) {
    List<Long> sorted = sorted(nanos);
    String row = String.format("| %s | %.0f | %s | %s | %s | %d | %s |", what, sorted.size() / seconds, pct(sorted, 50),
        pct(sorted, 95), pct(sorted, 99), errors, cpu.since(sorted.size() / seconds));
    if (print) {
      rows.add(row);
      System.out.println(row);
    }
  }

  static List<Long> sorted(ConcurrentLinkedQueue<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted;
  }

  static String pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return "–";
    }
    double ms = sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    return ms < 10 ? String.format("%.1f", ms) : String.format("%.0f", ms);
  }

  /**
   * CPU time so far, from /proc: the application (Java), its MariaDB, this program with its
   * children (wrk), and the whole machine; {@link #since} answers the cores each used meanwhile.
   */
  record Cpu(long wall, long app, long db, long bench, long busy) {
    static Cpu now() {
      return new Cpu(System.nanoTime(), ticks(appPid, false), ticks(mariadb(), false),
          ticks(ProcessHandle.current().pid(), true), machineBusy());
    }

    /** Cores used since, then the server's (application + MariaDB) CPU milliseconds per item at {@code rate} items/s. */
    String since(double rate) {
      Cpu n = now();
      double s = (n.wall - wall) / 1e9 * 100; // clock ticks (USER_HZ = 100) in the interval
      double others = (n.busy - busy) - (n.app - app) - (n.db - db) - (n.bench - bench);
      double server = ((n.app - app) + (n.db - db)) / s;
      return String.format("%.2f / %.2f / %.2f / %.2f | %.2f", (n.app - app) / s, (n.db - db) / s, (n.bench - bench) / s,
          Math.max(0, others) / s, rate > 0 ? server * 1000 / rate : 0);
    }

    static long mariadb() {
      return ProcessHandle.of(appPid).stream().flatMap(ProcessHandle::descendants)
          .filter(p -> p.info().command().orElse("").endsWith("mariadbd")).mapToLong(ProcessHandle::pid).findFirst()
          .orElse(-1);
    }

    /** utime + stime (+ cutime + cstime: children waited for, i.e. wrk) of a process, in clock ticks. */
    static long ticks(long pid, boolean withChildren) {
      if (pid < 0) {
        return 0;
      }
      try {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return withChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
      } catch (IOException e) {
        return 0;
      }
    }

    static long machineBusy() {
      try {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
          total += Long.parseLong(f[i]);
        }
        return total - Long.parseLong(f[4]) - Long.parseLong(f[5]); // less idle and iowait
      } catch (IOException e) {
        return 0;
      }
    }
  }

  // ---- API -----------------------------------------------------------------------------------

  static String token(String user, String password) throws Exception {
    return field(call("POST", "/api/auth/token", null, "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"),
        "\"token\":\"([^\"]+)\"");
  }

  static String call(String method, String path, String token, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .timeout(Duration.ofMinutes(10))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  static long id(String json) {
    return Long.parseLong(field(json, "\"id\":(\\d+)"));
  }

  static String field(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no " + regex + " in " + text);
    }
    return m.group(1);
  }
}
