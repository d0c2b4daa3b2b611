package ru.shibc.academy.platform.database;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Connector/J's data source that starts the embedded default database on its first connection
 * when the configured URL is {@value #EMBEDDED}. Payara's JPA deployer opens a connection while
 * the application is being prepared, before any bean exists, so this is the one place early
 * enough.
 */
public class AcademyDataSource extends MysqlDataSource {

  public static final String EMBEDDED = "embedded";
  private static final long serialVersionUID = 1L;

  private boolean embedded;
  private int embeddedPort = 3307;
  private String embeddedDir = "shibc-data";

  @Override
  public void setUrl(String url) {
    embedded = EMBEDDED.equalsIgnoreCase(url.trim());
    super.setUrl(embedded ? embeddedUrl() : url);
  }

  @Override
  public void setURL(String url) {
    setUrl(url);
  }

  public void setEmbeddedPort(String port) {
    this.embeddedPort = Integer.parseInt(port.trim());
    if (embedded) {
      super.setUrl(embeddedUrl());
    }
  }

  public void setEmbeddedDir(String dir) {
    this.embeddedDir = dir.trim();
  }

  @Override
  public Connection getConnection() throws SQLException {
    startEmbeddedIfConfigured();
    return super.getConnection();
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    startEmbeddedIfConfigured();
    return super.getConnection(user, password);
  }

  private void startEmbeddedIfConfigured() throws SQLException {
    if (!embedded) {
      return;
    }
    try {
      EmbeddedMariaDb.ensureStarted(embeddedPort, Path.of(embeddedDir));
    } catch (IllegalStateException e) {
      // Without its database the platform cannot serve; Payara Micro would answer 404s forever.
      StartupFailure.exit("The embedded database could not start", e);
      throw new SQLException(e.getMessage(), "08001", e);
    }
  }

  private String embeddedUrl() {
    return "jdbc:mysql://127.0.0.1:"
        + embeddedPort
        + "/shibc?createDatabaseIfNotExist=true&characterEncoding=UTF-8"
        + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&useSSL=false"
        + "&allowPublicKeyRetrieval=true&useLocalSessionState=true"
        + "&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=4096"
        // No tracing spans per statement (Payara carries an OpenTelemetry API, which the driver would use).
        + "&openTelemetry=DISABLED";
  }
}
