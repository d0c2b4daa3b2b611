package ru.shibc.academy.course.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import ru.shibc.academy.course.Activity;
import ru.shibc.academy.course.Assignments;
import ru.shibc.academy.course.CourseFile;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.course.Enrolment;
import ru.shibc.academy.course.Enrolments;
import ru.shibc.academy.course.Learning;
import ru.shibc.academy.course.Submission;
import ru.shibc.academy.course.api.CourseForms.TextSubmissionForm;
import ru.shibc.academy.course.api.CourseViews.LearnerCourse;
import ru.shibc.academy.course.api.CourseViews.MyCourseView;
import ru.shibc.academy.course.api.CourseViews.SubmissionView;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.files.Downloads;
import ru.shibc.academy.platform.files.UploadedFiles;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;

/** The learner's side, under {@code /api/learning}: enrol, open the course page and its activities, submit assignments. */
@Path("learning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class LearningResource {

  public record EnrolmentView(long id, long courseId, String status) {
    static EnrolmentView of(Enrolment e) {
      return new EnrolmentView(e.getId(), e.getCourseId(), e.getStatus().name());
    }
  }

  @Inject private Learning learning;
  @Inject private Enrolments enrolments;
  @Inject private Assignments assignments;
  @Inject private Courses courses;
  @Inject private CurrentUser currentUser;

  /** "Моё обучение": courses in progress with progress and the next step, then completed ones. */
  @GET
  @Path("mine")
  public List<MyCourseView> mine() {
    return learning.mine(me()).stream().map(MyCourseView::of).toList();
  }

  @POST
  @Path("courses/{id}/enrol")
  public Response enrolSelf(@PathParam("id") long id) {
    return Response.status(201).entity(EnrolmentView.of(enrolments.enrolSelf(id, me()))).build();
  }

  /** The course page: sections and activities with the caller's own completion. */
  @GET
  @Path("courses/{id}")
  public LearnerCourse coursePage(@PathParam("id") long id) {
    return LearnerCourse.of(learning.courseView(id, me()));
  }

  /** Opens an activity: pages, files and links count as done from here. */
  @POST
  @Path("courses/{id}/activities/{activityId}/open")
  public LearnerCourse open(@PathParam("id") long id, @PathParam("activityId") long activityId) {
    learning.open(id, activityId, me());
    return LearnerCourse.of(learning.courseView(id, me()));
  }

  /** The file of a file activity, for its learners (opening it) and for authors. */
  @GET
  @Path("courses/{id}/activities/{activityId}/file")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("id") long id, @PathParam("activityId") long activityId) {
    CourseFile file = courses.file(id, activityId).orElseThrow(() -> AcademyException.notFound("file"));
    if (!currentUser.hasAny(Role.METHODOLOGIST, Role.ADMIN)) {
      learning.open(id, activityId, me());
    }
    var stored = file.toStoredFile();
    return Downloads.of(stored.fileName(), stored.contentType(), stored.data());
  }

  @POST
  @Path("courses/{id}/activities/{activityId}/submissions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submitText(@PathParam("id") long id, @PathParam("activityId") long activityId, TextSubmissionForm form) {
    Bodies.valid(form);
    Submission s = assignments.submit(id, activityId, me(), form.text, null);
    return Response.status(201).entity(view(s)).build();
  }

  /** A submission as a file: the request body is the file, its name in {@code fileName}. */
  @POST
  @Path("courses/{id}/activities/{activityId}/submissions/file")
  @Consumes(MediaType.WILDCARD)
  public Response submitFile(
      @PathParam("id") long id, @PathParam("activityId") long activityId, @QueryParam("fileName") String fileName, InputStream body) {
    QueryParams.text("fileName", fileName, 255);
    var file = UploadedFiles.check(fileName, UploadedFiles.readBody(body, CourseResource.MAX_FILE_BYTES), UploadedFiles.DOCUMENTS, CourseResource.MAX_FILE_BYTES);
    Submission s = assignments.submit(id, activityId, me(), null, file);
    return Response.status(201).entity(view(s)).build();
  }

  @GET
  @Path("courses/{id}/submissions")
  public List<SubmissionView> mySubmissions(@PathParam("id") long id) {
    return assignments.of(id, me()).stream().map(SubmissionView::of).toList();
  }

  private static SubmissionView view(Submission s) {
    return new SubmissionView(
        s.getId(), s.getActivityId(), s.getNumber(), s.getSubmittedAt(), s.getStatus().name(), s.getPassed(),
        s.getPoints(), s.getFeedback(), s.getFileName(), s.getText() != null);
  }

  private long me() {
    return currentUser.personId().orElseThrow(() -> new AcademyException(AcademyException.Kind.FORBIDDEN, "course.noPerson"));
  }
}
