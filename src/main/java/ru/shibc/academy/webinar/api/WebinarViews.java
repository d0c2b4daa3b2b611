package ru.shibc.academy.webinar.api;

import java.time.Instant;
import java.util.List;
import ru.shibc.academy.webinar.AttendanceRecord;
import ru.shibc.academy.webinar.RecordingLink;
import ru.shibc.academy.webinar.Registration;
import ru.shibc.academy.webinar.Webinar;

/** What the API answers about webinars. */
public final class WebinarViews {

  private WebinarViews() {}

  /** A webinar; {@code startsAtLocal} is in the district's zone, for display. */
  public record WebinarView(
      long id, String kind, String title, String description, String speakers, Instant startsAt, String startsAtLocal,
      String timeZone, int durationMinutes, Instant endsAt, Integer capacity, long registered, long waitlisted,
      String audience, List<Long> organisationIds, List<Long> cohortIds, Long courseId, List<String> roadmapItems,
      String status, String provider, String joinUrl, String meetingId, int joinOpensMinutes, int sequence, long organiserId,
      String myRegistration, Integer myWaitlistPosition, Integer myMinutes, List<RecordingView> recordings,
      ActivityView activity) {}

  public record RecordingView(long id, String url, Integer minutes, Instant publishedAt, boolean fromServer) {
    static RecordingView of(RecordingLink r) {
      return new RecordingView(r.id(), r.url(), r.minutes(), r.publishedAt(), r.recordId() != null);
    }
  }

  public record ActivityView(long activityId, long courseId, String title, int completionMinutes) {}

  public record RegistrationView(
      long id, long webinarId, long personId, String fullName, String organisation, String status, Instant queuedAt,
      Instant registeredAt, Instant promotedAt, Instant cancelledAt) {
    static RegistrationView of(Registration r) {
      return new RegistrationView(r.id(), r.webinarId(), r.person().id(), r.person().fullName(),
          r.person().organisation(), r.status().name(), r.queuedAt(), r.registeredAt(), r.promotedAt(),
          r.cancelledAt());
    }
  }

  public record RegistrationsView(List<RegistrationView> registered, List<RegistrationView> waitlist) {}

  public record AttendanceView(
      long id, long personId, String fullName, String source, Instant joinedAt, Instant leftAt, int minutes,
      Long supersedesId, String reason, String recordedBy, Instant recordedAt) {
    static AttendanceView of(AttendanceRecord a) {
      return new AttendanceView(a.id(), a.personId(), a.personName(), a.source().name(), a.joinedAt(), a.leftAt(),
          a.minutes(), a.supersedesId(), a.reason(), a.recordedBy(), a.recordedAt());
    }
  }

  /** Everyone's current attendance, and every row ever written (corrections included). */
  public record AttendanceSheet(List<AttendanceView> current, List<AttendanceView> history) {}

  public record JoinView(String url, boolean moderator) {}

  public record Count(int count) {}

  public static WebinarView summary(Webinar w, long registered, long waitlisted) {
    return new WebinarView(w.id(), w.kind().name(), w.title(), w.description(), w.speakers(), w.startsAt(),
        ru.shibc.academy.platform.time.Clocks.dateTime(w.startsAt()), w.timeZone(), w.durationMinutes(), w.endsAt(),
        w.capacity(), registered, waitlisted, w.audience().name(), List.of(), List.of(), w.courseId(), w.roadmapItems(),
        w.status().name(), w.provider().name(), null, null, w.joinOpensMinutes(), w.sequence(), w.organiserId(), null, null,
        null, List.of(), null);
  }
}
