import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Answer saves under load (issue 4). Builds a quiz of 20 questions through the API and gives 64
 * new learners an attempt each, then measures, each phase for the given seconds:
 *
 * <ol>
 *   <li>throughput: 64 learners saving without pause (closed loop), each save a new value under a
 *       new Idempotency-Key on the revision last acknowledged; a save answers only once committed;
 *   <li>latency at a fixed offered rate of 1,000 saves/s (open loop): save i is due at start +
 *       i/rate and timed from then, so a slow answer delays no later send and queueing counts;
 *   <li>the database's own ceiling on the same server: 64 JDBC threads, each updating its own row
 *       and committing in a loop (autocommit off), and the save's own statement (the one UPDATE
 *       in autocommit that checks owner, state, deadline and revision in its WHERE).
 * </ol>
 *
 * Per phase it also reads the CPU time of the server's JVM, of mariadbd, of this client and of
 * the whole machine (from /proc), and the server's statement and fsync counters, so the table
 * says where the time went. HTTP goes over plain keep-alive sockets (one per learner or worker),
 * which costs the client far less CPU than java.net.http on the same 2 cores.
 * Arguments: base URL, seconds per phase, database port, the server JVM's pid, the embedded
 * database folder (for mariadbd.pid). Run by src/bench/attempt-saves.sh.
 */
public class AttemptSaveBenchmark {

  static final String PASSWORD = "Bench-Пароль-2026";
  static final AtomicLong SEQUENCE = new AtomicLong();
  static final int USERS = 64;
  static final int RATE = 1000;
  static String base;
  static String jdbcUrl;
  static String host;
  static int port;

  static final class Learner {
    final int index;
    final String token;
    final long attempt;
    final List<QuizCourseApi.Slot> slots;
    final int[] revision;

    Learner(int index, String token, long attempt, List<QuizCourseApi.Slot> slots) {
      this.index = index;
      this.token = token;
      this.attempt = attempt;
      this.slots = slots;
      this.revision = new int[slots.size() + 1];
    }

    /** The request bytes of the next save of a slot, a value the slot did not hold. */
    byte[] request(int slot, int baseRevision) {
      long seq = SEQUENCE.incrementAndGet();
      QuizCourseApi.Slot s = slots.get(slot - 1);
      String response = QuizCourseApi.response(s, baseRevision, seq);
      byte[] body = ("{\"response\":" + response + ",\"baseRevision\":" + baseRevision + "}").getBytes(StandardCharsets.UTF_8);
      String head = "PUT /api/attempts/" + attempt + "/answers/" + slot + " HTTP/1.1\r\nHost: " + host + ":" + port
          + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nIdempotency-Key: bench-"
          + Long.toString(seq, 36) + "-" + index + "\r\nContent-Length: " + body.length + "\r\n\r\n";
      byte[] h = head.getBytes(StandardCharsets.US_ASCII);
      byte[] all = Arrays.copyOf(h, h.length + body.length);
      System.arraycopy(body, 0, all, h.length, body.length);
      return all;
    }
  }

  /** A phase's figures. */
  record Result(String what, double rate, long p50, long p95, long p99, long max, long errors, Cpu cpu, Db db) {
    String row() {
      return String.format("| %s | %.0f | %s | %s | %s | %s | %d | %s | %s |", what, rate, ms(p50), ms(p95), ms(p99),
          ms(max), errors, cpu.cores(), db == null ? "" : db.perOp(rate * cpu.seconds()));
    }

    static String ms(long nanos) {
      return nanos < 0 ? "–" : nanos < 10_000_000 ? String.format("%.1f", nanos / 1e6) : Long.toString(nanos / 1_000_000);
    }
  }

  public static void main(String[] args) throws Exception {
    base = args[0];
    URI uri = URI.create(base);
    host = uri.getHost();
    port = uri.getPort();
    int seconds = Integer.parseInt(args[1]);
    int dbPort = Integer.parseInt(args[2]);
    long appPid = Long.parseLong(args[3]);
    long dbPid = Long.parseLong(Files.readString(Path.of(args[4], "mariadbd.pid")).trim());
    String jdbc = "jdbc:mysql://127.0.0.1:" + dbPort + "/shibc?user=root&password=embedded&useSSL=false"
        + "&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&useLocalSessionState=true&cachePrepStmts=true";
    jdbcUrl = jdbc;
    Cpu.pids = new long[] {appPid, dbPid, ProcessHandle.current().pid()};
    System.out.println("setting up a quiz of 20 questions and " + USERS + " learners with an attempt each…");
    List<Learner> learners = setUp(USERS);
    System.out.println("durability: " + durability(jdbc));
    Cpu idle = Cpu.read();
    Thread.sleep(5000);
    System.out.println("idle for 5 s, cores: app / mariadbd / client / others " + idle.since().cores());
    closedLoop(learners, 10, jdbc); // warm-up: JIT, connection pools, caches
    List<Result> results = new ArrayList<>();
    results.add(progress(closedLoop(learners, seconds, jdbc)));
    results.add(progress(openLoop(learners, seconds, jdbc)));
    results.add(progress(jdbcCommits(jdbc, seconds)));
    results.add(progress(jdbcSaves(jdbc, seconds, learners)));
    System.out.println();
    System.out.println("| what | per s | p50 ms | p95 ms | p99 ms | max ms | errors | CPU cores: app / mariadbd / client / others |"
        + " per operation: statements, fsyncs |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    results.forEach(r -> System.out.println(r.row()));
    System.out.printf("%nsaves/s at 64 users ÷ single-row commits/s at 64 threads = %.2f; ÷ the save's own statement by JDBC = %.2f%n",
        results.get(0).rate() / results.get(2).rate(), results.get(0).rate() / results.get(3).rate());
    System.out.println("durability: " + durability(jdbc) + "; load " + Cpu.load());
  }

  static Result progress(Result r) {
    System.out.println(r.row() + " load " + Cpu.load().split(" ")[0]);
    return r;
  }

  // ---------------------------------------------------------------- HTTP phases

  static Result closedLoop(List<Learner> learners, int seconds, String jdbc) throws Exception {
    Db db = Db.read(jdbc);
    Cpu cpu = Cpu.read();
    long[][] lat = new long[learners.size()][];
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(learners.size());
    List<Future<?>> done = new ArrayList<>();
    long start = System.nanoTime();
    for (int u = 0; u < learners.size(); u++) {
      int user = u;
      Learner l = learners.get(u);
      done.add(pool.submit(() -> {
        Latencies mine = new Latencies();
        KeepAlive conn = new KeepAlive(host, port);
        int slot = 1 + l.index % l.slots.size();
        while (System.nanoTime() < end) {
          slot = slot % l.slots.size() + 1;
          long t = System.nanoTime();
          int revision = save(conn, l.request(slot, l.revision[slot]), l.revision[slot]);
          mine.add(System.nanoTime() - t);
          if (revision < 0) {
            errors.incrementAndGet();
            l.revision[slot] = stored(l, slot); // the failed save may or may not have been committed
          } else {
            l.revision[slot] = revision;
          }
        }
        conn.close();
        lat[user] = mine.toArray();
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double elapsed = (System.nanoTime() - start) / 1e9;
    return result("save, 64 learners, no think time", lat, elapsed, errors.get(), cpu.since(), db.since(jdbc));
  }

  /**
   * Save i is due at start + i/RATE; a pool of workers sends each when due and times it from then.
   * A save not yet sent 10 s after it was due is counted as an error, timed as that late.
   */
  static Result openLoop(List<Learner> learners, int seconds, String jdbc) throws Exception {
    Db db = Db.read(jdbc);
    Cpu cpu = Cpu.read();
    int total = RATE * seconds;
    int workers = 256;
    long period = 1_000_000_000L / RATE;
    AtomicLong next = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long[][] lat = new long[workers][];
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<?>> done = new ArrayList<>();
    long start = System.nanoTime() + 50_000_000L;
    for (int w = 0; w < workers; w++) {
      int worker = w;
      done.add(pool.submit(() -> {
        Latencies mine = new Latencies();
        KeepAlive conn = new KeepAlive(host, port);
        for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
          long due = start + i * period;
          for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
          }
          long late = System.nanoTime() - due;
          if (late > TimeUnit.SECONDS.toNanos(10)) {
            // Far behind schedule: counted as failed and timed as at least this late, not sent, so
            // that an overloaded server does not stretch the phase for minutes.
            mine.add(late);
            errors.incrementAndGet();
            continue;
          }
          Learner l = learners.get((int) (i % learners.size()));
          int slot = (int) ((i / learners.size()) % l.slots.size()) + 1;
          int baseRevision;
          synchronized (l) {
            baseRevision = l.revision[slot];
          }
          int revision = save(conn, l.request(slot, baseRevision), baseRevision);
          mine.add(System.nanoTime() - due); // from when it was due: queueing counts
          if (revision < 0) {
            errors.incrementAndGet();
            int now = stored(l, slot);
            synchronized (l) {
              l.revision[slot] = Math.max(l.revision[slot], now);
            }
          } else {
            synchronized (l) {
              l.revision[slot] = Math.max(l.revision[slot], revision);
            }
          }
        }
        conn.close();
        lat[worker] = mine.toArray();
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double elapsed = (System.nanoTime() - start) / 1e9;
    return result("save, offered " + RATE + "/s", lat, elapsed, errors.get(), cpu.since(), db.since(jdbc));
  }

  /** The revision a slot holds, read from the database after a failed save. */
  static int stored(Learner l, int slot) {
    try (Connection c = DriverManager.getConnection(jdbcUrl);
        PreparedStatement s = c.prepareStatement("SELECT revision FROM attempt_answers WHERE attempt_id = ? AND slot = ?")) {
      s.setLong(1, l.attempt);
      s.setInt(2, slot);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static Result result(String what, long[][] perThread, double seconds, long errors, Cpu cpu, Db db) {
    long[] all = Arrays.stream(perThread).flatMapToLong(Arrays::stream).sorted().toArray();
    // The rate counts what succeeded; the percentiles include failures, timed as they happened.
    return new Result(what, (all.length - errors) / seconds, pct(all, 50), pct(all, 95), pct(all, 99),
        all.length == 0 ? -1 : all[all.length - 1], errors, cpu, db);
  }

  static long pct(long[] sorted, int p) {
    return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, (int) ((long) sorted.length * p / 100))];
  }

  /** A growable array of nanoseconds, one per thread. */
  static final class Latencies {
    long[] values = new long[4096];
    int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }


  // ---------------------------------------------------------------- the database's own ceiling

  /** 64 threads, each updating its own row and committing, as fast as the server allows. */
  static Result jdbcCommits(String jdbc, int seconds) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE IF NOT EXISTS bench");
      s.execute("DROP TABLE IF EXISTS bench.commits");
      s.execute("CREATE TABLE bench.commits (id INT PRIMARY KEY, n BIGINT NOT NULL, note VARCHAR(64)) ENGINE=InnoDB");
      for (int i = 0; i < USERS; i++) {
        s.execute("INSERT INTO bench.commits VALUES (" + i + ", 0, NULL)");
      }
    }
    return jdbcLoop("JDBC: UPDATE own row + COMMIT, 64 threads", jdbc, seconds, (c, thread, n) -> {
      try (PreparedStatement u = c.prepareStatement("UPDATE bench.commits SET n = n + 1, note = ? WHERE id = ?")) {
        u.setString(1, "note " + n);
        u.setInt(2, thread);
        u.executeUpdate();
      }
      c.commit();
    });
  }

  /**
   * The save's own statement without HTTP, the servlet or the token check: the one UPDATE in
   * autocommit that AttemptAnswers runs for an ordinary save (owner, state and deadline checked in
   * its subquery under a shared lock, the revision in its WHERE), each thread on its learner's
   * attempt.
   */
  static Result jdbcSaves(String jdbc, int seconds, List<Learner> learners) throws Exception {
    long[] persons = new long[learners.size()];
    int[][] revisions = new int[learners.size()][];
    try (Connection c = DriverManager.getConnection(jdbc)) {
      for (int i = 0; i < learners.size(); i++) {
        Learner l = learners.get(i);
        try (PreparedStatement s = c.prepareStatement("SELECT person_id FROM quiz_attempts WHERE id = ?")) {
          s.setLong(1, l.attempt);
          try (ResultSet r = s.executeQuery()) {
            r.next();
            persons[i] = r.getLong(1);
          }
        }
        revisions[i] = new int[l.slots.size() + 1];
        try (PreparedStatement s = c.prepareStatement("SELECT slot, revision FROM attempt_answers WHERE attempt_id = ?")) {
          s.setLong(1, l.attempt);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              revisions[i][r.getInt(1)] = r.getInt(2);
            }
          }
        }
      }
    }
    return jdbcLoop("JDBC: the save's UPDATE in autocommit, 64 threads", jdbc, seconds, true, (c, thread, n) -> {
      Learner l = learners.get(thread);
      int slot = (int) (n % l.slots.size()) + 1;
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE attempt_answers SET response = ?, revision = revision + 1, request_key = ?, saved_at = ?"
              + " WHERE attempt_id = ? AND slot = ? AND revision = ? AND NOT (request_key <=> ?)"
              + " AND attempt_id IN (SELECT id FROM quiz_attempts WHERE id = ? AND person_id = ?"
              + " AND state = 'IN_PROGRESS' AND (deadline_at IS NULL OR deadline_at >= ?))")) {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        String key = "jdbc-" + thread + "-" + n;
        s.setString(1, "{\"type\":\"essay\",\"text\":\"jdbc " + n + "\"}");
        s.setString(2, key);
        s.setTimestamp(3, now);
        s.setLong(4, l.attempt);
        s.setInt(5, slot);
        s.setInt(6, revisions[thread][slot]);
        s.setString(7, key);
        s.setLong(8, l.attempt);
        s.setLong(9, persons[thread]);
        s.setTimestamp(10, now);
        if (s.executeUpdate() != 1) {
          throw new SQLException("the save changed nothing");
        }
        revisions[thread][slot]++;
      }
    });
  }

  interface Work {
    void run(Connection c, int thread, long n) throws SQLException;
  }

  static Result jdbcLoop(String what, String jdbc, int seconds, Work work) throws Exception {
    return jdbcLoop(what, jdbc, seconds, false, work);
  }

  static Result jdbcLoop(String what, String jdbc, int seconds, boolean autocommit, Work work) throws Exception {
    int threads = USERS;
    List<Connection> connections = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Connection c = DriverManager.getConnection(jdbc);
      c.setAutoCommit(autocommit);
      connections.add(c);
    }
    long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    long[] measuredStart = new long[1];
    CountDownLatch warmed = new CountDownLatch(threads);
    long[][] lat = new long[threads][];
    AtomicLong errors = new AtomicLong();
    Db[] db = new Db[1];
    Cpu[] cpu = new Cpu[1];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        Connection c = connections.get(thread);
        long n = 0;
        while (System.nanoTime() < warm) {
          work.run(c, thread, n++);
        }
        warmed.countDown();
        warmed.await();
        synchronized (measuredStart) {
          if (measuredStart[0] == 0) {
            db[0] = Db.read(jdbc);
            cpu[0] = Cpu.read();
            measuredStart[0] = System.nanoTime();
          }
        }
        long end = measuredStart[0] + TimeUnit.SECONDS.toNanos(seconds);
        Latencies mine = new Latencies();
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          try {
            work.run(c, thread, n++);
          } catch (SQLException e) {
            errors.incrementAndGet();
            if (!autocommit) {
              c.rollback();
            }
          }
          mine.add(System.nanoTime() - t0);
        }
        lat[thread] = mine.toArray();
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double elapsed = (System.nanoTime() - measuredStart[0]) / 1e9;
    Cpu used = cpu[0].since();
    Db counted = db[0].since(jdbc);
    for (Connection c : connections) {
      c.close();
    }
    return result(what, lat, elapsed, errors.get(), used, counted);
  }

  static String durability(String jdbc) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbc);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW GLOBAL VARIABLES WHERE Variable_name IN ('innodb_flush_log_at_trx_commit',"
            + " 'sync_binlog', 'log_bin', 'innodb_doublewrite', 'innodb_flush_method', 'version')")) {
      List<String> vars = new ArrayList<>();
      while (r.next()) {
        vars.add(r.getString(1) + "=" + r.getString(2));
      }
      return String.join(", ", vars);
    }
  }

  // ---------------------------------------------------------------- where the time went


  /** The server's statement, commit and fsync counters. */
  record Db(Map<String, Long> counters) {
    static Db read(String jdbc) throws SQLException {
      Map<String, Long> m = new LinkedHashMap<>();
      try (Connection c = DriverManager.getConnection(jdbc);
          Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_commit',"
              + " 'Innodb_os_log_fsyncs', 'Innodb_data_fsyncs', 'Innodb_log_writes')")) {
        while (r.next()) {
          m.put(r.getString(1), r.getLong(2));
        }
      }
      return new Db(m);
    }

    Db since(String jdbc) throws SQLException {
      Db now = read(jdbc);
      Map<String, Long> d = new LinkedHashMap<>();
      counters.forEach((k, v) -> d.put(k, now.counters.get(k) - v));
      return new Db(d);
    }

    /** Statements (Questions) and InnoDB fsyncs per operation. */
    String perOp(double operations) {
      if (operations <= 0) {
        return "";
      }
      String fsyncs = counters.containsKey("Innodb_os_log_fsyncs") ? "Innodb_os_log_fsyncs" : "Innodb_data_fsyncs";
      return String.format("%.1f statements, %.2f fsyncs", counters.getOrDefault("Questions", 0L) / operations,
          counters.getOrDefault(fsyncs, 0L) / operations);
    }
  }

  /** The quiz course and its learners, set up through the API (QuizCourseApi). */
  static List<Learner> setUp(int count) throws Exception {
    return new QuizCourseApi(base, PASSWORD, "bench", "Нагрузкина").setUp(count).stream()
        .map(e -> new Learner(e.index(), e.token(), e.attempt(), e.slots()))
        .toList();
  }

  /** Sends a save; answers the acknowledged revision, or a negative number when it failed. */
  static int save(KeepAlive conn, byte[] request, int baseRevision) {
    KeepAlive.Answer answer = conn.exchange(request);
    if (answer == null) {
      return -3;
    }
    if (answer.status() != 200) {
      return -1;
    }
    String body = new String(answer.body(), StandardCharsets.UTF_8);
    int r = body.indexOf("\"revision\":");
    if (r < 0) {
      return -3;
    }
    int end = r + 11;
    while (end < body.length() && Character.isDigit(body.charAt(end))) {
      end++;
    }
    int revision = Integer.parseInt(body.substring(r + 11, end));
    boolean replay = body.contains("\"replay\":true");
    return replay || revision != baseRevision + 1 ? -2 : revision;
  }
}
