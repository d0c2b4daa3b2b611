package ru.shibc.academy.certificate;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.mail.Mail;
import ru.shibc.academy.platform.mail.MailOutbox;

/**
 * Six months before a person's qualification falls due, one e-mail reminds them. The job runs
 * every few hours on every node; the outbox's dedupe key (person and due date) makes the
 * reminder exist once however often it runs.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class CycleReminders {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Resource private TimerService timers;
  @Inject private QualificationCycle cycle;
  @Inject private MailOutbox outbox;

  @Inject
  @ConfigProperty(name = "shibc.certificate.reminder-minutes", defaultValue = "360")
  private int everyMinutes;

  @Inject
  @ConfigProperty(name = "shibc.public-base-url")
  private String publicBaseUrl;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(60_000L, everyMinutes * 60_000L, new TimerConfig("cycle-reminders", false));
  }

  @Timeout
  void tick() {
    queueReminders();
  }

  /** Queues the reminders now due; returns how many were new. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int queueReminders() {
    int queued = 0;
    for (QualificationCycle.Standing s : cycle.ofOrganisation(null)) {
      if (s.state() != CycleState.DUE_SOON) {
        continue;
      }
      String due = DATE.format(s.dueOn());
      String body =
          Messages.text(
              Messages.RUSSIAN, "cycle.reminder.body", s.person().getName(),
              s.person().getPatronymic() == null ? "" : " " + s.person().getPatronymic(), DATE.format(s.lastTrainedOn()),
              due, publicBaseUrl + "/courses/catalogue.xhtml");
      Mail mail =
          Mail.text(
              "cycle-reminder:" + s.person().getId() + ":" + s.dueOn(), s.person().getEmail(),
              Messages.text(Messages.RUSSIAN, "cycle.reminder.subject", due), body);
      if (outbox.enqueue(mail)) {
        queued++;
      }
    }
    return queued;
  }
}
