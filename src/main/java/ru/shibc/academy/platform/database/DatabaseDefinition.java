package ru.shibc.academy.platform.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. Values come from MicroProfile Config; with the default URL
 * {@code embedded} the embedded MariaDB serves it, otherwise any MySQL 8.x or MariaDB 10.11+.
 */
@DataSourceDefinition(
    name = DatabaseDefinition.JNDI_NAME,
    className = "ru.shibc.academy.platform.database.AcademyDataSource",
    url = "${MPCONFIG=shibc.db.url}",
    user = "${MPCONFIG=shibc.db.user}",
    password = "${MPCONFIG=shibc.db.password}",
    minPoolSize = 4,
    maxPoolSize = 64,
    properties = {
      "embeddedPort=${MPCONFIG=shibc.embedded.port}",
      "embeddedDir=${MPCONFIG=shibc.embedded.dir}"
    })
@ApplicationScoped
public class DatabaseDefinition {
  public static final String JNDI_NAME = "java:app/jdbc/shibc";
}
