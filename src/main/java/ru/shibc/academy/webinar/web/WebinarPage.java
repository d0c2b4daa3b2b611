package ru.shibc.academy.webinar.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.web.Pages;
import ru.shibc.academy.webinar.Attendance;
import ru.shibc.academy.webinar.AttendanceRecord;
import ru.shibc.academy.webinar.ConferenceUnavailable;
import ru.shibc.academy.webinar.Conferences;
import ru.shibc.academy.webinar.RecordingLink;
import ru.shibc.academy.webinar.Registration;
import ru.shibc.academy.webinar.RegistrationStatus;
import ru.shibc.academy.webinar.Registrations;
import ru.shibc.academy.webinar.Webinar;
import ru.shibc.academy.webinar.WebinarStatus;
import ru.shibc.academy.webinar.Webinars;

/**
 * A webinar's page. Everyone: the details, register or give up the place, join when open, the
 * .ics, recordings (registrants), one's own attendance. The methodologist also manages it here:
 * registrants and the waitlist, attendance marks and corrections, recordings, ending, cancelling.
 */
@Named("webinarPage")
@ViewScoped
public class WebinarPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Webinars webinars;
  @Inject private Registrations registrations;
  @Inject private Conferences conferences;
  @Inject private Attendance attendance;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  private Long id;
  private transient Webinar webinar;
  private Long markPersonId;
  private Integer markMinutes;
  private String markReason;
  private String recordingUrl;

  public Webinar getWebinar() {
    if (webinar == null) {
      webinar = webinars.get(id);
    }
    return webinar;
  }

  private void reload() {
    webinar = null;
  }

  public Optional<Registration> mine() {
    return currentUser.personId().flatMap(p -> registrations.of(id, p));
  }

  public String getMyStatus() {
    return mine().map(r -> r.status().name()).orElse("NONE");
  }

  public boolean isMayRegister() {
    Webinar w = getWebinar();
    return w.status() == WebinarStatus.SCHEDULED && !clock.instant().isAfter(w.endsAt())
        && ("NONE".equals(getMyStatus()) || "CANCELLED".equals(getMyStatus()));
  }

  public boolean isMayCancelPlace() {
    String s = getMyStatus();
    return getWebinar().status() == WebinarStatus.SCHEDULED && ("REGISTERED".equals(s) || "WAITLISTED".equals(s));
  }

  public boolean isJoinOpen() {
    return getWebinar().joinOpen(clock.instant()) && ("REGISTERED".equals(getMyStatus()) || isManager());
  }

  public boolean isManager() {
    return webinars.mayManage();
  }

  public Integer getMyMinutes() {
    return currentUser.personId().flatMap(p -> attendance.currentOf(id, p)).map(AttendanceRecord::minutes).orElse(null);
  }

  public List<RecordingLink> getRecordings() {
    return isManager() || "REGISTERED".equals(getMyStatus()) ? conferences.recordings(id) : List.of();
  }

  public List<Registration> getRegistered() {
    return registrations.list(id, RegistrationStatus.REGISTERED);
  }

  public List<Registration> getWaitlist() {
    return registrations.list(id, RegistrationStatus.WAITLISTED);
  }

  public List<AttendanceRecord> getCurrentAttendance() {
    return new ArrayList<>(attendance.current(id).values());
  }

  public List<AttendanceRecord> getAttendanceHistory() {
    return attendance.history(id);
  }

  public long getRegisteredCount() {
    return registrations.registeredCount(id);
  }

  public void register() {
    Pages.attempt(() -> registrations.register(id, me()))
        .ifPresent(r -> Pages.info(r.status() == RegistrationStatus.REGISTERED
            ? "webinar.page.registered" : "webinar.page.waitlisted"));
    reload();
  }

  public void cancelPlace() {
    Pages.attempt(() -> registrations.cancel(id, me()), "webinar.page.placeCancelled");
    reload();
  }

  public void cancelPlaceOf(long personId) {
    Pages.attempt(() -> registrations.cancel(id, personId), "webinar.page.placeCancelled");
    reload();
  }

  public void join() {
    try {
      Optional<Conferences.JoinLink> link = Pages.attempt(() -> conferences.join(id));
      if (link.isPresent()) {
        FacesContext.getCurrentInstance().getExternalContext().redirect(link.get().url().toString());
      }
    } catch (ConferenceUnavailable e) {
      Pages.error(e.messageKey());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void end() {
    try {
      Pages.attempt(() -> conferences.end(id), "webinar.page.ended");
    } catch (ConferenceUnavailable e) {
      Pages.error(e.messageKey());
    }
    reload();
  }

  public void cancelWebinar() {
    Pages.attempt(() -> webinars.cancel(id), "webinar.page.cancelled");
    reload();
  }

  public void mark() {
    if (markPersonId == null || markMinutes == null) {
      Pages.error("webinar.page.markIncomplete");
      return;
    }
    if (Pages.attempt(() -> attendance.mark(id, markPersonId, markMinutes, null, null, markReason), "webinar.page.marked")) {
      markPersonId = null;
      markMinutes = null;
      markReason = null;
    }
  }

  public void addRecording() {
    if (Pages.attempt(() -> conferences.addRecording(id, recordingUrl, null), "webinar.page.recordingAdded")) {
      recordingUrl = null;
    }
  }

  public void refreshRecordings() {
    try {
      Pages.attempt(() -> conferences.refreshRecordings(id)).ifPresent(n -> Pages.info("webinar.page.recordingsFound", n));
    } catch (ConferenceUnavailable e) {
      Pages.error(e.messageKey());
    }
  }

  public String when() {
    return WebinarTexts.when(getWebinar());
  }

  public String dateTime(Instant instant) {
    return WebinarTexts.dateTime(instant);
  }

  public String severity() {
    return WebinarTexts.severity(getWebinar());
  }

  private long me() {
    return currentUser.personId().orElseThrow(() -> ru.shibc.academy.platform.api.AcademyException.invalid("webinar.noPerson"));
  }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public Long getMarkPersonId() { return markPersonId; }
  public void setMarkPersonId(Long markPersonId) { this.markPersonId = markPersonId; }
  public Integer getMarkMinutes() { return markMinutes; }
  public void setMarkMinutes(Integer markMinutes) { this.markMinutes = markMinutes; }
  public String getMarkReason() { return markReason; }
  public void setMarkReason(String markReason) { this.markReason = markReason; }
  public String getRecordingUrl() { return recordingUrl; }
  public void setRecordingUrl(String recordingUrl) { this.recordingUrl = recordingUrl; }
}
