package ru.shibc.academy.platform.database;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Ends the process when the application cannot serve at all, instead of answering 404s. */
public final class StartupFailure {

  private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

  private StartupFailure() {}

  public static void exit(String what, Throwable cause) {
    LOG.log(Level.SEVERE, what + "; ShIBC Academy stops.", cause);
    Thread exit = new Thread(() -> System.exit(3), "startup-failure-exit");
    exit.setDaemon(true);
    exit.start();
    throw new IllegalStateException(what, cause);
  }
}
