package ru.shibc.academy.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Closes and grades attempts whose time ran out, even when the learner never comes back. It runs
 * on every node; each attempt is closed under its row lock by whichever node gets it first.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttemptCloser {

  private static final Logger LOG = Logger.getLogger(AttemptCloser.class.getName());

  @Resource private TimerService timers;
  @Inject private Attempts attempts;

  @Inject
  @ConfigProperty(name = "shibc.attempts.close-seconds", defaultValue = "15")
  private int everySeconds;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(everySeconds * 1000L, everySeconds * 1000L, new TimerConfig("attempt-closer", false));
  }

  @Timeout
  void tick() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      closeOverdue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Closing overdue attempts failed", e);
    } finally {
      running.set(false);
    }
  }

  /** Closes what is overdue now; answers how many this node closed. */
  public int closeOverdue() {
    int closed = 0;
    for (long id : attempts.overdue(200)) {
      if (attempts.closeIfOverdue(id)) {
        closed++;
      }
    }
    return closed;
  }
}
