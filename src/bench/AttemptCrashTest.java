import java.io.IOException;
import java.math.BigDecimal;
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
import java.util.LinkedHashMap;
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

  /** One slot of an attempt as the learner sees it. */
  record Slot(int slot, String type, List<Integer> choices) {}

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
    final List<Slot> slots;
    final int[] revision;
    volatile Sent pending;

    Learner(int index, String token, long attempt, List<Slot> slots) {
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
      Slot s = slots.get(slot - 1);
      String response =
          switch (s.type()) {
            case "single-choice" ->
                "{\"type\":\"single-choice\",\"choiceId\":" + s.choices().get((base + 1) % s.choices().size()) + "}";
            case "true-false" -> "{\"type\":\"true-false\",\"value\":" + (base % 2 == 0) + "}";
            case "numerical" -> "{\"type\":\"numerical\",\"text\":\"" + seq + "\"}";
            default -> "{\"type\":\"" + s.type() + "\",\"text\":\"ответ " + seq + "\"}";
          };
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
          Map<String, Object> ack = Json.object(r.body());
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
    Map<String, Object> one = Json.object(first.body());
    Map<String, Object> two = Json.object(second.body());
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
        for (Object entry : Json.array(r.getString(4))) {
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

  // ---------------------------------------------------------------- set-up through the API

  static final String GIFT = String.join("\n\n",
      "::Q01:: Что такое ШИБЦ? {=Школьный информационно-библиотечный центр ~Школьная библиотека ~Читальный зал}",
      "::Q02:: Кто отвечает за фонд ШИБЦ? {=Педагог-библиотекарь ~Завуч ~Учитель информатики}",
      "::Q03:: Где хранится электронный каталог? {=В АИБС ~В журнале ~В папке на рабочем столе}",
      "::Q04:: Что входит в медиатеку? {=Электронные ресурсы ~Только учебники ~Только газеты ~Мебель}",
      "::Q05:: Какой документ выдают по итогам курса? {=Удостоверение о повышении квалификации ~Грамоту ~Справку}",
      "::Q06:: Что такое ФИС ФРДО? {=Федеральный реестр документов об образовании ~Каталог книг ~Школьный сайт}",
      "::Q07:: Что такое ведомость? {=Список оценок слушателей ~План курса ~Расписание}",
      "::Q08:: Какая форма у дистанционного курса? {=Заочная с ДОТ ~Очная ~Вечерняя}",
      "::Q09:: ШИБЦ объединяет фонд и медиатеку. {T}",
      "::Q10:: Удостоверение выдают без итоговой аттестации. {F}",
      "::Q11:: Курс повышения квалификации длится не меньше 16 часов. {T}",
      "::Q12:: Методист проверяет эссе слушателей. {T}",
      "::Q13:: Как называется документ о повышении квалификации? {=удостоверение}",
      "::Q14:: Как называется список оценок группы? {=ведомость}",
      "::Q15:: Назовите центр школы, объединяющий фонд и медиатеку. {=ШИБЦ}",
      "::Q16:: Кто составляет программу курса? {=методист}",
      "::Q17:: Сколько академических часов в курсе повышения квалификации? {#36}",
      "::Q18:: Сколько модулей в курсе? {#4:1}",
      "::Q19:: Опишите, как организован фонд вашей библиотеки. {}",
      "::Q20:: Составьте план работы ШИБЦ на месяц. {}");

  static List<Learner> setUp(int count) throws Exception {
    String tag = Long.toString(System.nanoTime(), 36);
    String methodologist = token("methodologist", "demo");
    long course = id(call("POST", "/api/courses", methodologist,
        "{\"title\":\"Аттестация под нагрузкой " + tag + "\",\"shortName\":\"АТ-" + tag + "\","
            + "\"programmeType\":\"QUALIFICATION_UPGRADE\",\"academicHours\":36,\"form\":\"DISTANCE\","
            + "\"selfEnrolment\":true}"));
    long section = id(call("POST", "/api/courses/" + course + "/sections", methodologist, "{\"title\":\"Итоговая аттестация\"}"));
    long quiz = id(call("POST", "/api/courses/" + course + "/activities", methodologist,
        "{\"sectionId\":" + section + ",\"kind\":\"QUIZ\",\"title\":\"Итоговый тест\",\"required\":true,"
            + "\"body\":\"<p>Ответьте на 20 вопросов.</p>\"}"));
    long category = id(call("POST", "/api/question-bank/categories", methodologist,
        "{\"name\":\"Итоговый тест " + tag + "\",\"courseId\":" + course + "}"));
    call("POST", "/api/question-bank/categories/" + category + "/import?format=gift", methodologist, GIFT, "text/plain");
    List<Object> questions = Json.array(call("GET", "/api/question-bank/categories/" + category + "/questions", methodologist, null));
    Map<String, Long> byName = new java.util.TreeMap<>();
    for (Object q : questions) {
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) q;
      byName.put((String) m.get("name"), ((Number) m.get("id")).longValue());
    }
    if (byName.size() != 20) {
      throw new IllegalStateException("the import made " + byName.size() + " questions, not 20");
    }
    call("PUT", "/api/courses/" + course + "/quizzes/" + quiz + "/slots", methodologist, "{\"slots\":["
        + byName.values().stream().map(id -> "{\"questionId\":" + id + ",\"mark\":1}").collect(Collectors.joining(","))
        + "]}");
    call("PUT", "/api/courses/" + course + "/quizzes/" + quiz, methodologist,
        "{\"timeLimitMinutes\":null,\"attemptsAllowed\":null,\"gradingMethod\":\"HIGHEST\",\"passPercent\":60,"
            + "\"reviewAfterAttempt\":\"FEEDBACK\",\"reviewAfterClose\":\"FEEDBACK\",\"shuffleQuestions\":false,"
            + "\"shuffleAnswers\":false,\"onePerPage\":true}");
    call("PUT", "/api/courses/" + course + "/status", methodologist, "{\"status\":\"PUBLISHED\"}");
    String admin = token("admin", "demo");
    long school = id(Json.array(call("GET", "/api/organisations?kind=SCHOOL", admin, null)).get(0));
    ExecutorService pool = Executors.newFixedThreadPool(4); // password hashing is the cost: 2 cores
    List<Future<Learner>> made = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      made.add(pool.submit(() -> learner(index, tag, admin, school, course, quiz)));
    }
    List<Learner> learners = new ArrayList<>();
    for (Future<Learner> f : made) {
      learners.add(f.get());
    }
    pool.shutdown();
    System.out.printf("course %d, quiz %d: %d learners with an attempt of %d slots%n", course, quiz, learners.size(),
        learners.get(0).slots.size());
    return learners;
  }

  @SuppressWarnings("unchecked")
  static Learner learner(int index, String tag, String admin, long school, long course, long quiz) throws Exception {
    String email = "crash" + index + "." + tag + "@school01.zarechye-edu.ru";
    long person = id(call("POST", "/api/people", admin,
        "{\"surname\":\"Сбоева\",\"name\":\"Анна\",\"position\":\"педагог-библиотекарь\",\"organisationId\":" + school
            + ",\"email\":\"" + email + "\"}"));
    call("PUT", "/api/people/" + person + "/account", admin,
        "{\"username\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"LEARNER\"]}");
    String token = token(email, PASSWORD);
    call("POST", "/api/learning/courses/" + course + "/enrol", token, null);
    Map<String, Object> attempt = Json.object(call("POST", "/api/attempts", token, "{\"activityId\":" + quiz + "}"));
    List<Slot> slots = new ArrayList<>();
    for (Object o : (List<Object>) attempt.get("questions")) {
      Map<String, Object> q = (Map<String, Object>) o;
      List<Integer> choices = new ArrayList<>();
      for (Object c : (List<Object>) q.getOrDefault("choices", List.of())) {
        choices.add(((Number) ((Map<String, Object>) c).get("id")).intValue());
      }
      slots.add(new Slot(((Number) q.get("slot")).intValue(), (String) q.get("type"), choices));
    }
    slots.sort((a, b) -> Integer.compare(a.slot(), b.slot()));
    return new Learner(index, token, ((Number) attempt.get("id")).longValue(), slots);
  }

  static String token(String user, String password) throws Exception {
    return (String) Json.object(call("POST", "/api/auth/token", null,
        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")).get("token");
  }

  static String call(String method, String path, String token, String body) throws Exception {
    return call(method, path, token, body, "application/json");
  }

  static String call(String method, String path, String token, String body, String type) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", type)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  @SuppressWarnings("unchecked")
  static long id(Object json) {
    Map<String, Object> o = json instanceof String s ? Json.object(s) : (Map<String, Object>) json;
    return ((Number) o.get("id")).longValue();
  }

  // ---------------------------------------------------------------- a small JSON reader

  /** Just enough JSON to read the API's answers: objects, arrays, strings, numbers, literals. */
  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
      return (Map<String, Object>) new Json(text).value();
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(String text) {
      return (List<Object>) new Json(text).value();
    }

    private Object value() {
      space();
      char c = s.charAt(i);
      switch (c) {
        case '{' -> {
          Map<String, Object> m = new LinkedHashMap<>();
          i++;
          space();
          if (s.charAt(i) == '}') {
            i++;
            return m;
          }
          while (true) {
            space();
            String key = string();
            space();
            i++; // ':'
            m.put(key, value());
            space();
            if (s.charAt(i++) == '}') {
              return m;
            }
          }
        }
        case '[' -> {
          List<Object> l = new ArrayList<>();
          i++;
          space();
          if (s.charAt(i) == ']') {
            i++;
            return l;
          }
          while (true) {
            l.add(value());
            space();
            if (s.charAt(i++) == ']') {
              return l;
            }
          }
        }
        case '"' -> {
          return string();
        }
        case 't' -> {
          i += 4;
          return Boolean.TRUE;
        }
        case 'f' -> {
          i += 5;
          return Boolean.FALSE;
        }
        case 'n' -> {
          i += 4;
          return null;
        }
        default -> {
          int start = i;
          while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
          }
          return new BigDecimal(s.substring(start, i));
        }
      }
    }

    private String string() {
      StringBuilder b = new StringBuilder();
      i++; // opening quote
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return b.toString();
        }
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
    }

    private void space() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
