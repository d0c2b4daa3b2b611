/** The data source, the embedded MariaDB and the Flyway migrations at start-up. Depends on nothing else of ours. */
package ru.shibc.academy.platform.database;
