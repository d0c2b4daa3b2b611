package ru.shibc.academy.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.security.CurrentUser;

/**
 * Joining, ending and recordings, whatever the provider. Calls to the service are made before
 * anything is written, so a service that fails leaves everything as it was.
 */
@ApplicationScoped
public class Conferences {

  /** Where to send someone, and whether they enter as the organiser. */
  public record JoinLink(URI url, boolean moderator) {}

  @Inject private Clock clock;
  @Inject private Webinars webinars;
  @Inject private Registrations registrations;
  @Inject private Participants participants;
  @Inject private CurrentUser currentUser;
  @Inject private Recordings recordingStore;

  private final Map<ProviderKind, ConferenceProvider> providers = new EnumMap<>(ProviderKind.class);

  @Inject
  void collect(@Any Instance<ConferenceProvider> all) {
    all.forEach(p -> providers.put(p.kind(), p));
  }

  public ConferenceProvider provider(Webinar webinar) {
    return providers.get(webinar.provider());
  }

  /**
   * The caller's way into the room: from {@code join_opens_minutes} before the start until the
   * end; the organiser (or a methodologist) as moderator, a registered person as attendee.
   */
  public JoinLink join(long webinarId) {
    Webinar webinar = webinars.get(webinarId);
    long personId = currentUser.personId().orElseThrow(AcademyException::forbidden);
    Instant now = clock.instant();
    if (webinar.status() == WebinarStatus.CANCELLED) {
      throw AcademyException.conflict("webinar.join.cancelled");
    }
    if (webinar.status() == WebinarStatus.ENDED || now.isAfter(webinar.endsAt())) {
      throw AcademyException.conflict("webinar.join.over");
    }
    if (now.isBefore(webinar.joinOpensAt())) {
      throw AcademyException.conflict("webinar.join.notYet", webinar.joinOpensMinutes());
    }
    boolean moderator = webinar.organiserId() == personId || webinars.mayManage();
    if (!moderator && !registrations.holdsPlace(webinarId, personId)) {
      throw new AcademyException(AcademyException.Kind.FORBIDDEN, "webinar.join.notRegistered");
    }
    URI url = provider(webinar).join(webinar, participants.get(personId), moderator);
    return new JoinLink(url, moderator);
  }

  /** Ends the meeting for everyone and marks the webinar ended; recordings are looked for after. */
  public Webinar end(long webinarId) {
    if (!webinars.mayManage()) {
      throw AcademyException.forbidden();
    }
    Webinar webinar = webinars.get(webinarId);
    if (webinar.status() != WebinarStatus.SCHEDULED) {
      throw AcademyException.conflict("webinar.notScheduled");
    }
    if (clock.instant().isBefore(webinar.joinOpensAt())) {
      throw AcademyException.conflict("webinar.end.notStarted");
    }
    provider(webinar).end(webinar); // throws ConferenceUnavailable before anything changes
    webinars.ended(webinarId);
    try {
      refreshRecordings(webinarId);
    } catch (ConferenceUnavailable e) {
      // recordings take a while to process; the next look finds them
    }
    return webinars.get(webinarId);
  }

  /** Asks the provider for published recordings and keeps the new ones; answers how many. */
  public int refreshRecordings(long webinarId) {
    Webinar webinar = webinars.get(webinarId);
    List<ConferenceProvider.PublishedRecording> found = provider(webinar).recordings(webinar);
    return recordingStore.keep(webinarId, found);
  }

  /** A methodologist publishes a recording made elsewhere. */
  public RecordingLink addRecording(long webinarId, String url, Integer minutes) {
    return recordingStore.add(webinarId, url, minutes);
  }

  public List<RecordingLink> recordings(long webinarId) {
    return recordingStore.list(webinarId);
  }
}
