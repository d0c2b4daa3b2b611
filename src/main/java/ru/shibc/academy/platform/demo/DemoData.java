package ru.shibc.academy.platform.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import ru.shibc.academy.platform.database.StartupFailure;
import ru.shibc.academy.platform.security.PasswordHasher;

/** Asks every feature for its demo data once the schema is ready, in demo mode only. */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** The password of every demo account. */
  public static final String PASSWORD = "demo";

  @Inject private DemoMode mode;
  @Inject private Event<DemoDataRequested> requests;

  @PostConstruct
  void load() {
    if (!mode.isOn()) {
      return;
    }
    try {
      // One hash for all demo accounts: 0.3 s instead of 0.3 s per account at every first start.
      requests.fire(new DemoDataRequested(new PasswordHasher().hash(PASSWORD)));
      LOG.info("Demo mode: the demo district is ready; demo accounts use the password \"demo\"");
    } catch (RuntimeException e) {
      StartupFailure.exit("The demo data could not be loaded", e);
    }
  }
}
