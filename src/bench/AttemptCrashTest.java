import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Crash test of answer saves (issue 4): no acknowledged save may be lost, no attempt left
 * half-written, and a retry of an unanswered save may neither fail nor apply twice.
 *
 * <p>Starts the packaged jar on a fresh embedded database, builds a quiz of 20 questions (single
 * choice, true/false, short answer, numerical, essay) through the API, and gives each of N new
 * learners an attempt. Then, per run: N threads (one per learner, each on its own attempt) save
 * answers without pause, every save a new value under a new Idempotency-Key on the revision last
 * acknowledged, and every 200 is recorded. After a random 3–8 s the server's JVM is killed with
 * SIGKILL (every second run the embedded mariadbd too, as a full crash), the jar is started again
 * on the same data folder and port, and the test checks through JDBC:
 *
 * <ul>
 *   <li>missing: an acknowledged save whose slot now holds a lower revision, or the same revision
 *       with another response or key;
 *   <li>corrupt: an attempt without exactly its layout's slots, a slot whose (revision, response,
 *       key, saved_at) is not exactly what one of this test's requests wrote, an attempt not in
 *       progress, or a table that CHECK TABLE does not find OK;
 *   <li>duplicate: a retry, with the same key, of the save each thread had in flight at the kill
 *       must answer replay=true when that save was committed and a fresh commit (revision + 1)
 *       when it was not; a second retry must answer replay=true; the slot must then hold the
 *       retry's revision.
 * </ul>
 *
 * The same data folder carries on from run to run, so every run also re-checks all earlier
 * acknowledgements. Arguments: jar, work folder, HTTP port, database port, runs, learners.
 * Run by src/bench/attempt-crash.sh; needs only the JDK and Connector/J on the class path.
 */
public class AttemptCrashTest {

  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3)).build();
  static final String PASSWORD = "Crash-Пароль-2026";
  static final Random RANDOM = new Random();
  static final AtomicLong SEQUENCE = new AtomicLong();
  static String base;

  /** A save as sent: which slot, on which revision, under which key, with which response. */
  record Sent(long attempt, int slot, int baseRevision, String key, String response) {}

  /** A save the server acknowledged with 200. */
  record Ack(long attempt, int slot, int revision, String key, String response) {}

  /** A slot as stored. */
  record Row(long questionId, String response, int revision, String key, boolean savedAt) {}

  static final class Learner {
    final int index;
    final String token;
    final long attempt;
    final List<QuizCourseApi.Slot> slots;
    final int[] revision;
    volatile Sent pending;

    Learner(int index, String token, long attempt, List<QuizCourseApi.Slot> slots) {
      this.index = index;
      this.token = token;
      this.attempt = attempt;
      this.slots = slots;
      this.revision = new int[slots.size() + 1];
    }

    /** The next save of a slot: a value the slot did not hold, on the revision last known. */
    Sent next(int run, int slot) {
      int base = revision[slot];
      long seq = SEQUENCE.incrementAndGet();
      QuizCourseApi.Slot s = slots.get(slot - 1);
      String response = QuizCourseApi.response(s, base, seq);
      return new Sent(attempt, slot, base, "crash-" + run + "-" + index + "-" + Long.toString(seq, 36), response);
    }
  }

  /** What one run found. */
  record RunResult(
      int run, String crash, double killAfter, long acked, long checked, long missing, long corrupt,
      int inFlight, int replayed, int fresh, int duplicates, long errorsBeforeKill, long wrongAcks,
      double restartSeconds) {}

  public static void main(String[] args) throws Exception {
    App app = new App(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    int runs = Integer.parseInt(args[4]);
    int learnerCount = Integer.parseInt(args[5]);
    base = "http://127.0.0.1:" + app.port;
    String jdbc = "jdbc:mysql://127.0.0.1:" + app.dbPort + "/shibc?user=root&password=embedded&useSSL=false"
        + "&allowPublicKeyRetrieval=true&connectionTimeZone=UTC";
    try {
      double first = app.start();
      System.out.printf("started in %.1f s; setting up a quiz of 20 questions and %d learners…%n", first, learnerCount);
      List<Learner> learners = setUp(learnerCount);
      Map<String, Sent> sent = new ConcurrentHashMap<>();
      List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
      List<RunResult> results = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        boolean full = run % 2 == 0;
        RunResult r = crashRun(app, jdbc, run, full, learners, sent, acks);
        results.add(r);
        System.out.printf("run %d: %s after %.1f s, %d saves acknowledged, %d in flight; restarted in %.1f s;"
                + " missing %d, corrupt %d, duplicates %d; load %s%n",
            r.run(), r.crash(), r.killAfter(), r.acked(), r.inFlight(), r.restartSeconds(), r.missing(), r.corrupt(),
            r.duplicates(), load());
      }
      System.out.println();
      System.out.println("| run | crash | killed after s | saves acknowledged | checked (all runs so far) | missing |"
          + " corrupt | in flight at kill | retried: replay | retried: fresh commit | duplicates | restart s |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
      boolean lost = false;
      for (RunResult r : results) {
        System.out.printf("| %d | %s | %.1f | %d | %d | %d | %d | %d | %d | %d | %d | %.1f |%n", r.run(), r.crash(),
            r.killAfter(), r.acked(), r.checked(), r.missing(), r.corrupt(), r.inFlight(), r.replayed(), r.fresh(),
            r.duplicates(), r.restartSeconds());
        lost |= r.missing() > 0 || r.corrupt() > 0 || r.duplicates() > 0 || r.wrongAcks() > 0;
        if (r.wrongAcks() > 0) {
          System.out.println("  run " + r.run() + ": " + r.wrongAcks() + " new keys answered as a replay or off revision");
        }
        if (r.errorsBeforeKill() > 0) {
          System.out.println("  run " + r.run() + ": " + r.errorsBeforeKill() + " saves failed before the kill");
        }
      }
      printDurability(jdbc);
      System.out.println(lost ? "FAILED: a save was lost, an attempt corrupted or a retry applied twice" : "OK: nothing lost");
      app.stop();
      System.exit(lost ? 1 : 0);
    } catch (Throwable t) {
      app.stop();
      throw t;
    }
  }

  static RunResult crashRun(
      App app, String jdbc, int run, boolean full, List<Learner> learners, Map<String, Sent> sent, List<Ack> acks)
      throws Exception {
    int before = acks.size();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong errors = new AtomicLong();
    AtomicLong wrong = new AtomicLong();
    ConcurrentLinkedQueue<String> anomalies = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(learners.size());
    List<Future<?>> running = new ArrayList<>();
    for (Learner l : learners) {
      running.add(pool.submit(() -> {
        Random random = new Random();
        while (!stop.get()) {
          int slot = 1 + random.nextInt(l.slots.size());
          Sent s = l.next(run, slot);
          sent.put(s.key(), s);
          l.pending = s;
          HttpResponse<String> r;
          try {
            r = put(l.token, s);
          } catch (IOException | InterruptedException e) {
            return; // the server is gone: the save stays pending, unanswered
          }
          if (r.statusCode() != 200) {
            if (!stop.get()) {
              errors.incrementAndGet();
              anomalies.add("save answered " + r.statusCode() + ": " + r.body());
            }
            return; // unanswered as far as the learner knows: retried after the restart
          }
          Map<String, Object> ack = BenchApi.Json.object(r.body());
          int revision = ((Number) ack.get("revision")).intValue();
          if (Boolean.TRUE.equals(ack.get("replay")) || revision != s.baseRevision() + 1) {
            wrong.incrementAndGet();
            anomalies.add("a new key answered " + r.body() + " on revision " + s.baseRevision());
          }
          acks.add(new Ack(s.attempt(), s.slot(), revision, s.key(), s.response()));
          l.revision[slot] = revision;
          l.pending = null;
        }
      }));
    }
    long began = System.nanoTime();
    double killAfter = 3 + 5 * RANDOM.nextDouble();
    Thread.sleep((long) (killAfter * 1000));
    app.kill(full);
    double killedAt = (System.nanoTime() - began) / 1e9;
    stop.set(true);
    for (Future<?> f : running) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    long acked = acks.size() - before;
    double restart = app.start();

    long missing = 0;
    long corrupt = 0;
    int replayed = 0;
    int fresh = 0;
    int duplicates = 0;
    List<String> problems = new ArrayList<>(anomalies);
    try (Connection c = DriverManager.getConnection(jdbc)) {
      corrupt += checkTables(c, problems);
      Map<Long, Map<Integer, Row>> stored = read(c, learners);
      Map<Long, List<Long>> layouts = layouts(c, learners, problems);
      corrupt += layouts.size() == learners.size() ? 0 : learners.size() - layouts.size();
      for (Learner l : learners) {
        corrupt += checkAttempt(l, stored.get(l.attempt), layouts.get(l.attempt), sent, problems);
      }
      List<Ack> all;
      synchronized (acks) {
        all = new ArrayList<>(acks);
      }
      for (Ack a : all) {
        Row row = stored.get(a.attempt()).get(a.slot());
        boolean present = row != null && (row.revision() > a.revision()
            || row.revision() == a.revision() && a.key().equals(row.key()) && a.response().equals(row.response()));
        if (!present) {
          missing++;
          problems.add("missing: " + a + " stored " + row);
        }
      }
      // Retry, with the same key, the save each learner had in flight at the kill.
      int inFlight = 0;
      for (Learner l : learners) {
        Sent s = l.pending;
        if (s == null) {
          continue;
        }
        inFlight++;
        Row row = stored.get(l.attempt).get(s.slot());
        boolean committed = s.key().equals(row.key());
        HttpResponse<String> first = put(l.token, s);
        HttpResponse<String> second = put(l.token, s);
        Row after = read(c, l.attempt).get(s.slot());
        String verdict = retryVerdict(s, row, committed, first, second, after);
        if (verdict != null) {
          duplicates++;
          problems.add("retry of " + s + ": " + verdict);
          continue;
        }
        if (committed) {
          replayed++;
        } else {
          fresh++;
        }
        acks.add(new Ack(s.attempt(), s.slot(), after.revision(), s.key(), s.response()));
        l.pending = null;
      }
      // Carry on next run from what is stored.
      Map<Long, Map<Integer, Row>> now = read(c, learners);
      for (Learner l : learners) {
        now.get(l.attempt).forEach((slot, row) -> l.revision[slot] = row.revision());
        l.pending = null;
      }
      problems.stream().limit(20).forEach(p -> System.out.println("  " + p));
      return new RunResult(run, full ? "JVM + mariadbd" : "JVM", killedAt, acked, all.size(), missing, corrupt, inFlight,
          replayed, fresh, duplicates, errors.get(), wrong.get(), restart);
    }
  }

  /** Null when the two retries behaved, else what was wrong. */
  static String retryVerdict(
      Sent s, Row before, boolean committed, HttpResponse<String> first, HttpResponse<String> second, Row after) {
    if (first.statusCode() != 200 || second.statusCode() != 200) {
      return "answered " + first.statusCode() + " " + first.body() + " then " + second.statusCode() + " " + second.body();
    }
    Map<String, Object> one = BenchApi.Json.object(first.body());
    Map<String, Object> two = BenchApi.Json.object(second.body());
    int r1 = ((Number) one.get("revision")).intValue();
    int r2 = ((Number) two.get("revision")).intValue();
    boolean ok = committed
        ? Boolean.TRUE.equals(one.get("replay")) && r1 == before.revision()
        : Boolean.FALSE.equals(one.get("replay")) && before.revision() == s.baseRevision() && r1 == s.baseRevision() + 1;
    ok &= Boolean.TRUE.equals(two.get("replay")) && r2 == r1;
    ok &= after.revision() == r1 && s.key().equals(after.key()) && s.response().equals(after.response());
    return ok ? null : "stored before " + before + ", answered " + first.body() + " then " + second.body()
        + ", stored after " + after;
  }

  /** Corrupt slots of one attempt; each problem is described in {@code problems}. */
  static long checkAttempt(
      Learner l, Map<Integer, Row> rows, List<Long> layout, Map<String, Sent> sent, List<String> problems) {
    long corrupt = 0;
    if (layout == null || rows == null || rows.size() != layout.size()) {
      problems.add("attempt " + l.attempt + ": " + (rows == null ? 0 : rows.size()) + " rows for "
          + (layout == null ? "no" : layout.size()) + " slots");
      return 1;
    }
    for (int slot = 1; slot <= layout.size(); slot++) {
      Row row = rows.get(slot);
      String wrong = null;
      if (row == null) {
        wrong = "no row";
      } else if (row.questionId() != layout.get(slot - 1)) {
        wrong = "question " + row.questionId() + " where the layout has " + layout.get(slot - 1);
      } else if (row.revision() == 0) {
        if (row.response() != null || row.key() != null || row.savedAt()) {
          wrong = "revision 0 with a response, key or time";
        }
      } else if (row.revision() < 0 || row.response() == null || row.key() == null || !row.savedAt()) {
        wrong = "revision " + row.revision() + " without a response, key or time";
      } else {
        Sent s = sent.get(row.key());
        if (s == null || s.attempt() != l.attempt || s.slot() != slot) {
          wrong = "key " + row.key() + " was never sent for this slot";
        } else if (row.revision() != s.baseRevision() + 1 || !row.response().equals(s.response())) {
          wrong = "key " + row.key() + " stored with revision " + row.revision() + " and " + row.response()
              + " but sent on revision " + s.baseRevision() + " with " + s.response();
        }
      }
      if (wrong != null) {
        corrupt++;
        problems.add("attempt " + l.attempt + " slot " + slot + ": " + wrong);
      }
    }
    return corrupt;
  }

  static long checkTables(Connection c, List<String> problems) throws SQLException {
    long bad = 0;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("CHECK TABLE quiz_attempts, attempt_answers")) {
      while (r.next()) {
        if ("status".equalsIgnoreCase(r.getString("Msg_type")) && !"OK".equalsIgnoreCase(r.getString("Msg_text"))) {
          bad++;
          problems.add("CHECK TABLE " + r.getString("Table") + ": " + r.getString("Msg_text"));
        }
      }
    }
    return bad;
  }

  /** The question ids of each attempt's layout, for attempts in progress (others are reported). */
  static Map<Long, List<Long>> layouts(Connection c, List<Learner> learners, List<String> problems)
      throws SQLException {
    Map<Long, List<Long>> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id, state, finished_at, layout FROM quiz_attempts WHERE id IN ("
            + learners.stream().map(l -> Long.toString(l.attempt)).collect(Collectors.joining(",")) + ")")) {
      while (r.next()) {
        if (!"IN_PROGRESS".equals(r.getString(2)) || r.getTimestamp(3) != null) {
          problems.add("attempt " + r.getLong(1) + " is " + r.getString(2) + " (nobody finished it)");
          continue;
        }
        List<Long> ids = new ArrayList<>();
        for (Object entry : BenchApi.Json.array(r.getString(4))) {
          @SuppressWarnings("unchecked")
          Map<String, Object> e = (Map<String, Object>) entry;
          if (((Number) e.get("slot")).intValue() != ids.size() + 1) {
            problems.add("attempt " + r.getLong(1) + ": layout out of order");
          }
          ids.add(((Number) e.get("questionId")).longValue());
        }
        out.put(r.getLong(1), ids);
      }
    }
    return out;
  }

  static Map<Long, Map<Integer, Row>> read(Connection c, List<Learner> learners) throws SQLException {
    Map<Long, Map<Integer, Row>> out = new HashMap<>();
    learners.forEach(l -> out.put(l.attempt, new HashMap<>()));
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT attempt_id, slot, question_id, response, revision, request_key, saved_at FROM attempt_answers"
                + " WHERE attempt_id IN ("
                + learners.stream().map(l -> Long.toString(l.attempt)).collect(Collectors.joining(",")) + ")")) {
      while (r.next()) {
        out.get(r.getLong(1)).put(r.getInt(2), row(r));
      }
    }
    return out;
  }

  static Map<Integer, Row> read(Connection c, long attempt) throws SQLException {
    Map<Integer, Row> out = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT attempt_id, slot, question_id, response, revision, request_key, saved_at FROM attempt_answers"
            + " WHERE attempt_id = ?")) {
      s.setLong(1, attempt);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.put(r.getInt(2), row(r));
        }
      }
    }
    return out;
  }

  static Row row(ResultSet r) throws SQLException {
    return new Row(r.getLong(3), r.getString(4), r.getInt(5), r.getString(6), r.getTimestamp(7) != null);
  }

  static void printDurability(String jdbc) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbc);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW GLOBAL VARIABLES WHERE Variable_name IN ('innodb_flush_log_at_trx_commit',"
            + " 'sync_binlog', 'log_bin', 'innodb_doublewrite', 'innodb_flush_method', 'version')")) {
      List<String> vars = new ArrayList<>();
      while (r.next()) {
        vars.add(r.getString(1) + "=" + r.getString(2));
      }
      System.out.println("database: " + String.join(", ", vars));
    }
  }

  static HttpResponse<String> put(String token, Sent s) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/attempts/" + s.attempt() + "/answers/" + s.slot()))
        .timeout(Duration.ofSeconds(20))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", s.key())
        .PUT(HttpRequest.BodyPublishers.ofString("{\"response\":" + s.response() + ",\"baseRevision\":" + s.baseRevision() + "}"))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  // ---------------------------------------------------------------- the application process

  /** The jar on a fixed data folder and ports, started and killed by this test. */
  static final class App {
    final Path jar;
    final Path dir;
    final int port;
    final int dbPort;
    Process process;

    App(Path jar, Path dir, int port, int dbPort) {
      this.jar = jar;
      this.dir = dir;
      this.port = port;
      this.dbPort = dbPort;
    }

    /** Starts the jar and waits for /health/ready; answers the seconds that took. */
    double start() throws Exception {
      long began = System.nanoTime();
      Files.createDirectories(dir.resolve("tmp"));
      process = new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
              "-Djava.io.tmpdir=" + dir.resolve("tmp"), "-Dshibc.embedded.dir=" + dir.resolve("db"),
              "-Dshibc.embedded.port=" + dbPort, "-jar", jar.toString(), "--port", Integer.toString(port))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log").toFile()))
          .start();
      Files.writeString(dir.resolve("app.pid"), Long.toString(process.pid()));
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the application did not start; see " + dir.resolve("app.log"));
        }
        try {
          HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
              .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200) {
            return (System.nanoTime() - began) / 1e9;
          }
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(250);
      }
      throw new IllegalStateException("the application was not ready in 15 minutes; see " + dir.resolve("app.log"));
    }

    /** SIGKILL to the JVM; with {@code database}, first to the embedded mariadbd as well. */
    void kill(boolean database) throws Exception {
      if (database) {
        mariadbd().ifPresent(ProcessHandle::destroyForcibly);
      }
      process.destroyForcibly(); // SIGKILL on Linux
      process.waitFor(30, TimeUnit.SECONDS);
    }

    java.util.Optional<ProcessHandle> mariadbd() throws IOException {
      Path pid = dir.resolve("db/mariadbd.pid");
      if (!Files.isRegularFile(pid)) {
        return java.util.Optional.empty();
      }
      return ProcessHandle.of(Long.parseLong(Files.readString(pid).trim()))
          .filter(p -> p.info().command().map(c -> c.contains("mariadbd")).orElse(false));
    }

    /** A clean stop (SIGTERM), which also stops the embedded database. */
    void stop() {
      if (process != null && process.isAlive()) {
        process.destroy();
        try {
          process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** The quiz course and its learners, set up through the API (QuizCourseApi). */
  static List<Learner> setUp(int count) throws Exception {
    return new QuizCourseApi(base, PASSWORD, "crash", "Сбоева").setUp(count).stream()
        .map(e -> new Learner(e.index(), e.token(), e.attempt(), e.slots()))
        .toList();
  }
}
