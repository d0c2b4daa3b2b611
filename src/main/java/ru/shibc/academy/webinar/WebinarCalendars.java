package ru.shibc.academy.webinar;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.webinar.calendar.CalendarPerson;
import ru.shibc.academy.webinar.calendar.WebinarCalendar;
import ru.shibc.academy.webinar.calendar.WebinarEvent;

/**
 * A webinar as an iCalendar entry. The entry links our webinar page, never a signed room URL, so a
 * forwarded file lets nobody in; its UID comes from the webinar's stored uid and never changes.
 */
@ApplicationScoped
public class WebinarCalendars {

  @Inject
  @ConfigProperty(name = "shibc.public-base-url")
  String publicBaseUrl;

  @Inject
  @ConfigProperty(name = "shibc.webinar.uid-host")
  Optional<String> uidHost;

  @Inject private Clock clock;
  @Inject private Participants participants;

  private WebinarCalendar calendar;

  @PostConstruct
  void init() {
    String host = uidHost.orElseGet(() -> Optional.ofNullable(URI.create(publicBaseUrl).getHost()).orElse("localhost"));
    calendar = new WebinarCalendar(host, Clocks.DISTRICT_ZONE, clock);
  }

  /** Our page of the webinar, where people register and join. */
  public URI page(Webinar webinar) {
    return URI.create(publicBaseUrl + "/webinars/webinar.xhtml?id=" + webinar.id());
  }

  public WebinarEvent event(Webinar w) {
    Participant organiser = participants.get(w.organiserId());
    String description = w.description() == null ? "" : w.description();
    if (w.speakers() != null) {
      description = (description + "\n\n" + w.speakers()).strip();
    }
    return new WebinarEvent(
        w.uid(), w.title(), description.isEmpty() ? null : description, w.startsAt(),
        Duration.ofMinutes(w.durationMinutes()), page(w), w.sequence(), w.status() == WebinarStatus.CANCELLED,
        new CalendarPerson(organiser.fullName(), organiser.email()));
  }

  /** The {@code .ics} file to download. */
  public String file(Webinar webinar) {
    return calendar.file(event(webinar));
  }

  /** The entry to attach to a person's e-mail (REQUEST, or CANCEL once cancelled). */
  public String invitation(Webinar webinar, Participant person) {
    return calendar.invitation(event(webinar), new CalendarPerson(person.fullName(), person.email()));
  }

  public String uid(Webinar webinar) {
    return calendar.uid(webinar.uid());
  }
}
