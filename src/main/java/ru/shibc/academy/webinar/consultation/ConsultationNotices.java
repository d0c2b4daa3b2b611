package ru.shibc.academy.webinar.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.mail.Mail;
import ru.shibc.academy.platform.mail.MailOutbox;
import ru.shibc.academy.platform.time.Clocks;

/**
 * The e-mails of a booking, in Russian, each with the booking's {@code .ics}: to the librarian
 * and to the methodologist when it is made and when it is cancelled (by either side, or with its
 * slot). Queued in the caller's transaction; the dedupe key (event, booking, recipient) makes each
 * exist once however often the request is retried.
 */
@ApplicationScoped
public class ConsultationNotices {

  static final String ICS_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

  @Inject private MailOutbox outbox;
  @Inject private ConsultationCalendar calendar;

  @Inject
  @ConfigProperty(name = "shibc.public-base-url")
  private String publicBaseUrl;

  public void booked(ConsultationSlot slot, ConsultationBooking booking, Person methodologist, Person librarian) {
    send("booked", slot, booking, methodologist, librarian);
  }

  public void cancelled(ConsultationSlot slot, ConsultationBooking booking, Person methodologist, Person librarian) {
    send("cancelled", slot, booking, methodologist, librarian);
  }

  private void send(String event, ConsultationSlot slot, ConsultationBooking booking, Person methodologist,
      Person librarian) {
    byte[] ics = calendar.file(slot, booking, methodologist, librarian).getBytes(StandardCharsets.UTF_8);
    String when = Clocks.dateTime(slot.getStartsAt()) + "–" + Clocks.time(slot.getEndsAt());
    String topic = slot.getTopic() == null ? Messages.text(Messages.RUSSIAN, "consultation.noTopic") : slot.getTopic();
    String question = booking.getQuestion() == null ? "—" : booking.getQuestion();
    String join = slot.getJoinUrl() == null ? Messages.text(Messages.RUSSIAN, "consultation.mail.noLink") : slot.getJoinUrl();
    String subject = Messages.text(Messages.RUSSIAN, "consultation.mail." + event + ".subject", when);
    String base = publicBaseUrl.replaceAll("/+$", "");
    String toLibrarian =
        Messages.text(
            Messages.RUSSIAN, "consultation.mail." + event + ".librarian", greeting(librarian), methodologist.fullName(),
            when, topic, question, join, base + "/me/consultations.xhtml");
    String toMethodologist =
        Messages.text(
            Messages.RUSSIAN, "consultation.mail." + event + ".methodologist", greeting(methodologist),
            librarian.fullName(), organisation(librarian), when, topic, question, base + "/teaching/consultations.xhtml");
    String key = "consultation-" + event + ":" + booking.getId() + ":";
    outbox.enqueue(mail(key + librarian.getId(), librarian.getEmail(), subject, toLibrarian, ics));
    outbox.enqueue(mail(key + methodologist.getId(), methodologist.getEmail(), subject, toMethodologist, ics));
  }

  private static Mail mail(String key, String to, String subject, String body, byte[] ics) {
    return new Mail(key, to, subject, body, "consultation.ics", ICS_TYPE, ics);
  }

  private static String greeting(Person p) {
    return p.getPatronymic() == null ? p.getName() : p.getName() + " " + p.getPatronymic();
  }

  private static String organisation(Person p) {
    return p.getOrganisation() == null ? "" : p.getOrganisation().getShortName();
  }
}
