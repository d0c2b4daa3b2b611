package ru.shibc.academy.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.mail.Mail;
import ru.shibc.academy.platform.mail.MailOutbox;
import ru.shibc.academy.platform.time.Clocks;

/**
 * The webinar's letters, in Russian, each with the page link and the calendar entry attached.
 * Every letter has a dedupe key naming its occasion (webinar, what, person, and the registration's
 * version or the webinar's SEQUENCE), so whatever runs twice, on whichever node, queues it once.
 */
@ApplicationScoped
public class WebinarMail {

  @Inject private MailOutbox outbox;
  @Inject private WebinarCalendars calendars;

  @Transactional(Transactional.TxType.MANDATORY)
  public boolean registered(Webinar w, Participant p, long version) {
    return send("registered", w, p, version, null);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public boolean waitlisted(Webinar w, Participant p, long version) {
    return send("waitlisted", w, p, version, null);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public boolean promoted(Webinar w, Participant p, long version) {
    return send("promoted", w, p, version, null);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public boolean updated(Webinar w, Participant p) {
    return send("updated", w, p, w.sequence(), null);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public boolean cancelled(Webinar w, Participant p) {
    return send("cancelled", w, p, w.sequence(), null);
  }

  /**
   * A reminder ({@code reminder-24h} or {@code reminder-1h}); keyed by the SEQUENCE, so a moved
   * webinar reminds again, an unchanged one never twice.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean reminder(String which, Webinar w, Participant p, Instant notBefore) {
    return send(which, w, p, w.sequence(), notBefore);
  }

  static String key(String what, Webinar w, Participant p, long occasion) {
    return "webinar:" + w.id() + ":" + what + ":" + p.id() + ":" + occasion;
  }

  private boolean send(String what, Webinar w, Participant p, long occasion, Instant notBefore) {
    String when = Clocks.dateTime(w.startsAt());
    String subject = Messages.text(Messages.RUSSIAN, "webinar.mail." + what + ".subject", w.title(), when);
    String body =
        Messages.text(Messages.RUSSIAN, "webinar.mail." + what + ".body", p.fullName(), w.title(), when,
            w.durationMinutes(), calendars.page(w).toString())
            + "\n\n" + Messages.text(Messages.RUSSIAN, "webinar.mail.signature");
    byte[] ics = calendars.invitation(w, p).getBytes(StandardCharsets.UTF_8);
    String method = w.status() == WebinarStatus.CANCELLED ? "CANCEL" : "REQUEST";
    Mail mail =
        new Mail(key(what, w, p, occasion), p.email(), subject, body, "webinar-" + w.id() + ".ics",
            "text/calendar; charset=UTF-8; method=" + method, ics);
    return notBefore == null ? outbox.enqueue(mail) : outbox.enqueue(mail, notBefore);
  }
}
