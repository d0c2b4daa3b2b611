package ru.shibc.academy.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.shibc.academy.webinar.bigbluebutton.BigBlueButtonClient;
import ru.shibc.academy.webinar.bigbluebutton.BigBlueButtonException;
import ru.shibc.academy.webinar.bigbluebutton.CreateMeeting;
import ru.shibc.academy.webinar.bigbluebutton.JoinRequest;
import ru.shibc.academy.webinar.bigbluebutton.MeetingCreated;
import ru.shibc.academy.webinar.bigbluebutton.MeetingInfo;
import ru.shibc.academy.webinar.bigbluebutton.Role;

/**
 * BigBlueButton: the meeting is created on the first join ({@code create} is idempotent, so every
 * join may ask), with the analytics callback pointing back at us; the join URL carries the person's
 * id as {@code userID}, which is how attendance finds them again.
 */
@ApplicationScoped
public class BigBlueButtonProvider implements ConferenceProvider {

  /** Where BigBlueButton posts the attendance analytics after the meeting. */
  public static final String CALLBACK_PATH = "/api/webinars/bigbluebutton/analytics";

  @Inject private BigBlueButtonSettings settings;

  @Inject
  @ConfigProperty(name = "shibc.public-base-url")
  String publicBaseUrl;

  @Override
  public ProviderKind kind() {
    return ProviderKind.BIGBLUEBUTTON;
  }

  @Override
  public URI join(Webinar webinar, Participant person, boolean moderator) {
    BigBlueButtonClient client = client();
    try {
      MeetingCreated created = client.create(meeting(webinar));
      return client.joinUrl(
          JoinRequest.as(moderator ? Role.MODERATOR : Role.VIEWER, webinar.meetingId(), person.fullName())
              .withUserId(Long.toString(person.id()))
              .withCreateTime(created.createTime()));
    } catch (BigBlueButtonException e) {
      throw ConferenceUnavailable.of(e);
    }
  }

  @Override
  public void end(Webinar webinar) {
    try {
      client().end(webinar.meetingId());
    } catch (BigBlueButtonException e) {
      throw ConferenceUnavailable.of(e);
    }
  }

  @Override
  public List<PublishedRecording> recordings(Webinar webinar) {
    try {
      return client().getRecordings(webinar.meetingId()).stream()
          .filter(r -> r.published())
          .flatMap(r -> r.mainPlayback().stream()
              .map(p -> new PublishedRecording(r.recordId(), p.url(),
                  p.length() == null ? null : (int) p.length().toMinutes())))
          .toList();
    } catch (BigBlueButtonException e) {
      throw ConferenceUnavailable.of(e);
    }
  }

  /** Who is in the meeting now, if it is running. */
  public Optional<MeetingInfo> info(Webinar webinar) {
    try {
      return client().getMeetingInfo(webinar.meetingId());
    } catch (BigBlueButtonException e) {
      throw ConferenceUnavailable.of(e);
    }
  }

  private CreateMeeting meeting(Webinar webinar) {
    String name = webinar.title().length() > 64 ? webinar.title().substring(0, 64) : webinar.title();
    if (name.strip().length() < 2) {
      name = "Вебинар " + webinar.id();
    }
    return CreateMeeting.of(webinar.meetingId(), name)
        .withDuration(Duration.ofMinutes(webinar.durationMinutes() + 60L))
        .withRecording(true)
        .withMeta("academy-webinar", Long.toString(webinar.id()))
        .withAnalyticsCallback(URI.create(publicBaseUrl + CALLBACK_PATH));
  }

  private BigBlueButtonClient client() {
    return settings.client()
        .orElseThrow(() -> new ConferenceUnavailable("webinar.bbb.notConfigured", null));
  }
}
