package ru.shibc.academy.webinar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The webinar feature's timers, on every node (non-persistent: Payara's persistent timers are not
 * cluster-aware). What they do is safe to run anywhere at once: reminders are deduplicated by the
 * outbox, polling takes each webinar's row lock and skips one polled a moment ago.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class WebinarJobs {

  private static final Logger LOG = Logger.getLogger(WebinarJobs.class.getName());

  @Resource private TimerService timers;
  @Inject private ReminderQueue reminders;
  @Inject private MeetingPolling polling;

  @Inject
  @ConfigProperty(name = "shibc.webinar.reminder-seconds", defaultValue = "300")
  long reminderSeconds;

  @Inject
  @ConfigProperty(name = "shibc.webinar.poll-seconds", defaultValue = "60")
  long pollSeconds;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(30_000L, reminderSeconds * 1000L, new TimerConfig("webinar-reminders", false));
    timers.createIntervalTimer(45_000L, pollSeconds * 1000L, new TimerConfig("webinar-polling", false));
  }

  @Timeout
  void tick(Timer timer) {
    try {
      if ("webinar-reminders".equals(timer.getInfo())) {
        reminders.queueDue();
      } else {
        polling.pollRunning();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "webinar job " + timer.getInfo() + " failed; the next run tries again", e);
    }
  }
}
