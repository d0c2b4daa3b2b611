package ru.shibc.academy.webinar.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.files.Downloads;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.webinar.Attendance;
import ru.shibc.academy.webinar.AttendanceRecord;
import ru.shibc.academy.webinar.Conferences;
import ru.shibc.academy.webinar.ReminderQueue;
import ru.shibc.academy.webinar.MeetingPolling;
import ru.shibc.academy.webinar.Registration;
import ru.shibc.academy.webinar.RegistrationStatus;
import ru.shibc.academy.webinar.Registrations;
import ru.shibc.academy.webinar.Webinar;
import ru.shibc.academy.webinar.WebinarActivities;
import ru.shibc.academy.webinar.WebinarCalendars;
import ru.shibc.academy.webinar.Webinars;
import ru.shibc.academy.webinar.api.WebinarViews.ActivityView;
import ru.shibc.academy.webinar.api.WebinarViews.AttendanceSheet;
import ru.shibc.academy.webinar.api.WebinarViews.AttendanceView;
import ru.shibc.academy.webinar.api.WebinarViews.Count;
import ru.shibc.academy.webinar.api.WebinarViews.JoinView;
import ru.shibc.academy.webinar.api.WebinarViews.RecordingView;
import ru.shibc.academy.webinar.api.WebinarViews.RegistrationView;
import ru.shibc.academy.webinar.api.WebinarViews.RegistrationsView;
import ru.shibc.academy.webinar.api.WebinarViews.WebinarView;

/** Webinars: scheduling, registration, joining, attendance, recordings, the .ics file. */
@Path("webinars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webinars", description = "Webinars and methodical meetings")
public class WebinarResource {

  @Inject private Webinars webinars;
  @Inject private Registrations registrations;
  @Inject private Conferences conferences;
  @Inject private Attendance attendance;
  @Inject private WebinarActivities activities;
  @Inject private WebinarCalendars calendars;
  @Inject private ReminderQueue reminders;
  @Inject private MeetingPolling polling;
  @Inject private CurrentUser currentUser;

  @GET
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Upcoming or past webinars the caller may attend (scope=upcoming|past)")
  public List<WebinarView> list(@QueryParam("scope") String scope) {
    String which = QueryParams.oneOf("scope", scope == null ? "upcoming" : scope, "upcoming", "past");
    long me = me();
    return webinars.visibleTo(me, "upcoming".equals(which), 200).stream().map(this::summary).toList();
  }

  @GET
  @Path("calendar")
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Operation(summary = "All webinars starting between two dates (the methodologist's calendar)")
  public List<WebinarView> calendar(@QueryParam("from") String from, @QueryParam("to") String to) {
    Instant start = QueryParams.date("from", from).atStartOfDay(ru.shibc.academy.platform.time.Clocks.DISTRICT_ZONE).toInstant();
    Instant end = QueryParams.date("to", to).plusDays(1).atStartOfDay(ru.shibc.academy.platform.time.Clocks.DISTRICT_ZONE).toInstant();
    return webinars.between(start, end).stream().map(this::summary).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Operation(summary = "Schedule a webinar; its start must be in the future")
  public Response schedule(WebinarForm form) {
    Webinar w = webinars.schedule(Bodies.valid(form).draft());
    return Response.created(URI.create("webinars/" + w.id())).entity(view(w)).build();
  }

  @GET
  @Path("{id: \\d+}")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "One webinar with the caller's registration, attendance and the recordings")
  public WebinarView get(@PathParam("id") long id) {
    return view(visible(id));
  }

  @PUT
  @Path("{id: \\d+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Operation(summary = "Change a scheduled webinar (SEQUENCE + 1, registrants get the new entry by mail)")
  public WebinarView edit(@PathParam("id") long id, WebinarForm form) {
    return view(webinars.edit(id, Bodies.valid(form).draft()));
  }

  @POST
  @Path("{id: \\d+}/cancel")
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Operation(summary = "Cancel a webinar (STATUS:CANCELLED, mail to registrants and the waitlist)")
  public WebinarView cancel(@PathParam("id") long id) {
    return view(webinars.cancel(id));
  }

  @POST
  @Path("{id: \\d+}/registrations")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Register the caller; WAITLISTED when full; 409 when already registered")
  public Response register(@PathParam("id") long id) {
    Registration r = registrations.register(id, me());
    return Response.status(201).entity(RegistrationView.of(r)).build();
  }

  @DELETE
  @Path("{id: \\d+}/registrations/me")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Give up the caller's place; the first in the waitlist takes it")
  public RegistrationView unregister(@PathParam("id") long id) {
    return RegistrationView.of(registrations.cancel(id, me()));
  }

  @DELETE
  @Path("{id: \\d+}/registrations/{personId: \\d+}")
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Operation(summary = "Cancel someone's registration (a methodologist)")
  public RegistrationView unregisterPerson(@PathParam("id") long id, @PathParam("personId") long personId) {
    return RegistrationView.of(registrations.cancel(id, personId));
  }

  @GET
  @Path("{id: \\d+}/registrations")
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Operation(summary = "Registered people and the waitlist in order")
  public RegistrationsView registrations(@PathParam("id") long id) {
    webinars.get(id);
    return new RegistrationsView(
        registrations.list(id, RegistrationStatus.REGISTERED).stream().map(RegistrationView::of).toList(),
        registrations.list(id, RegistrationStatus.WAITLISTED).stream().map(RegistrationView::of).toList());
  }

  @POST
  @Path("{id: \\d+}/join")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "The caller's room URL (moderator for the organiser); 502 when the service fails")
  public JoinView join(@PathParam("id") long id) {
    Conferences.JoinLink link = conferences.join(id);
    return new JoinView(link.url().toString(), link.moderator());
  }

  @POST
  @Path("{id: \\d+}/end")
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Operation(summary = "End the meeting for everyone; 502 when the service fails (nothing changes)")
  public WebinarView end(@PathParam("id") long id) {
    return view(conferences.end(id));
  }

  @GET
  @Path("{id: \\d+}/attendance")
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Operation(summary = "Current attendance per person and every evidence row")
  public AttendanceSheet attendance(@PathParam("id") long id) {
    webinars.get(id);
    return new AttendanceSheet(
        attendance.current(id).values().stream().map(AttendanceView::of).toList(),
        attendance.history(id).stream().map(AttendanceView::of).toList());
  }

  @GET
  @Path("{id: \\d+}/attendance/me")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "The caller's current attendance (404 when none is recorded)")
  public AttendanceView myAttendance(@PathParam("id") long id) {
    return attendance.currentOf(id, me()).map(AttendanceView::of).orElseThrow(() -> AcademyException.notFound("attendance"));
  }

  @POST
  @Path("{id: \\d+}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Operation(summary = "Mark attendance, or correct it with a reason (a new row; nothing is overwritten)")
  public Response mark(@PathParam("id") long id, Forms.AttendanceForm form) {
    Forms.AttendanceForm f = Bodies.valid(form);
    AttendanceRecord r = attendance.mark(id, f.personId, f.minutes, time(f.joinedAt), time(f.leftAt), f.reason);
    return Response.status(201).entity(AttendanceView.of(r)).build();
  }

  @GET
  @Path("{id: \\d+}/recordings")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Recordings, for registrants and methodologists")
  public List<RecordingView> recordings(@PathParam("id") long id) {
    Webinar w = visible(id);
    if (!maySeeRecordings(w)) {
      throw AcademyException.forbidden();
    }
    return conferences.recordings(id).stream().map(RecordingView::of).toList();
  }

  @POST
  @Path("{id: \\d+}/recordings")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Operation(summary = "Publish a recording link by hand")
  public Response addRecording(@PathParam("id") long id, Forms.RecordingForm form) {
    Forms.RecordingForm f = Bodies.valid(form);
    return Response.status(201).entity(RecordingView.of(conferences.addRecording(id, f.url, f.minutes))).build();
  }

  @POST
  @Path("{id: \\d+}/recordings/refresh")
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Operation(summary = "Ask BigBlueButton for new published recordings; answers how many were added")
  public Count refreshRecordings(@PathParam("id") long id) {
    return new Count(conferences.refreshRecordings(id));
  }

  @PUT
  @Path("{id: \\d+}/activity")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Operation(summary = "Link a course activity of kind WEBINAR: attending completionMinutes completes it")
  public ActivityView link(@PathParam("id") long id, Forms.ActivityForm form) {
    Forms.ActivityForm f = Bodies.valid(form);
    WebinarActivities.Link l = activities.link(id, f.activityId, f.completionMinutes);
    return new ActivityView(l.activityId(), l.courseId(), l.title(), l.completionMinutes());
  }

  @GET
  @Path("{id: \\d+}/calendar.ics")
  @Produces("text/calendar")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "The webinar as an iCalendar file")
  public Response ics(@PathParam("id") long id) {
    Webinar w = visible(id);
    return Downloads.of("webinar-" + w.id() + ".ics", "text/calendar; charset=UTF-8",
        calendars.file(w).getBytes(StandardCharsets.UTF_8));
  }

  @POST
  @Path("reminders")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Queue the reminders now due at once, rather than at the next scheduled run")
  public Count remind() {
    return new Count(reminders.queueDue());
  }

  @POST
  @Path("poll")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Poll running BigBlueButton meetings for attendance at once")
  public Count poll() {
    return new Count(polling.pollRunning());
  }

  private Webinar visible(long id) {
    Webinar w = webinars.get(id);
    if (webinars.mayManage() || currentUser.has(Role.DEPARTMENT)) {
      return w;
    }
    long me = me();
    if (!webinars.inAudience(w, me) && registrations.of(id, me).isEmpty()) {
      throw AcademyException.forbidden();
    }
    return w;
  }

  private boolean maySeeRecordings(Webinar w) {
    return webinars.mayManage()
        || currentUser.personId().flatMap(p -> registrations.of(w.id(), p))
            .map(r -> r.status() == RegistrationStatus.REGISTERED).orElse(false);
  }

  private long me() {
    return currentUser.personId().orElseThrow(() -> AcademyException.invalid("webinar.noPerson"));
  }

  private WebinarView summary(Webinar w) {
    return WebinarViews.summary(w, registrations.registeredCount(w.id()),
        registrations.list(w.id(), RegistrationStatus.WAITLISTED).size());
  }

  private WebinarView view(Webinar w) {
    Optional<Long> me = currentUser.personId();
    Optional<Registration> mine = me.flatMap(p -> registrations.of(w.id(), p));
    List<Registration> waitlist = registrations.list(w.id(), RegistrationStatus.WAITLISTED);
    Integer position = null;
    if (mine.isPresent() && mine.get().status() == RegistrationStatus.WAITLISTED) {
      for (int i = 0; i < waitlist.size(); i++) {
        if (waitlist.get(i).id() == mine.get().id()) {
          position = i + 1;
        }
      }
    }
    Integer minutes = me.flatMap(p -> attendance.currentOf(w.id(), p)).map(AttendanceRecord::minutes).orElse(null);
    Map<String, List<Long>> audience = webinars.audienceOf(w.id());
    ActivityView activity = activities.of(w.id())
        .map(l -> new ActivityView(l.activityId(), l.courseId(), l.title(), l.completionMinutes())).orElse(null);
    List<RecordingView> recordings =
        maySeeRecordings(w) ? conferences.recordings(w.id()).stream().map(RecordingView::of).toList() : List.of();
    return new WebinarView(w.id(), w.kind().name(), w.title(), w.description(), w.speakers(), w.startsAt(),
        ru.shibc.academy.platform.time.Clocks.dateTime(w.startsAt()), w.timeZone(), w.durationMinutes(), w.endsAt(),
        w.capacity(), registrations.registeredCount(w.id()), waitlist.size(), w.audience().name(),
        audience.get("organisations"), audience.get("cohorts"), w.courseId(), w.roadmapItems(), w.status().name(),
        w.provider().name(), webinars.mayManage() ? w.joinUrl() : null,
        webinars.mayManage() ? w.meetingId() : null, w.joinOpensMinutes(), w.sequence(),
        w.organiserId(), mine.map(r -> r.status().name()).orElse(null), position, minutes, recordings, activity);
  }

  private static Instant time(String text) {
    return text == null || text.isBlank() ? null : WebinarForm.instant(text);
  }
}
