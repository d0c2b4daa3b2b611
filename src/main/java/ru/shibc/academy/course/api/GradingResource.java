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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.shibc.academy.course.Assignments;
import ru.shibc.academy.course.Submission;
import ru.shibc.academy.course.api.CourseForms.GradeForm;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.people.Staff;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.files.Downloads;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;

/** The grading queue and grading of assignment submissions. */
@Path("grading")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
public class GradingResource {

  public record QueueItem(
      long submissionId, long courseId, long activityId, long personId, String fullName, String organisation,
      int number, Instant submittedAt, String fileName, boolean hasText) {}

  public record SubmissionDetails(
      long id, long courseId, long activityId, long personId, int number, Instant submittedAt, String status,
      String text, String fileName, Boolean passed, Integer points, String feedback, long version) {
    static SubmissionDetails of(Submission s) {
      return new SubmissionDetails(
          s.getId(), s.getCourseId(), s.getActivityId(), s.getPersonId(), s.getNumber(), s.getSubmittedAt(),
          s.getStatus().name(), s.getText(), s.getFileName(), s.getPassed(), s.getPoints(), s.getFeedback(), s.getVersion());
    }
  }

  @Inject private Assignments assignments;
  @Inject private Staff staff;
  @Inject private CurrentUser currentUser;

  @GET
  public List<QueueItem> queue(@QueryParam("courseId") Long courseId) {
    List<Assignments.Summary> waiting = assignments.queue(courseId);
    Map<Long, Person> people =
        staff.byIds(waiting.stream().map(Assignments.Summary::personId).distinct().toList()).stream()
            .collect(Collectors.toMap(Person::getId, Function.identity()));
    return waiting.stream()
        .map(
            s -> {
              Person p = people.get(s.personId());
              return new QueueItem(
                  s.id(), s.courseId(), s.activityId(), s.personId(), p == null ? "" : p.fullName(),
                  p == null ? "" : p.getOrganisation().getShortName(), s.number(), s.submittedAt(), s.fileName(), s.hasText());
            })
        .toList();
  }

  @GET
  @Path("submissions/{sid}")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  public SubmissionDetails get(@PathParam("sid") long sid) {
    return SubmissionDetails.of(readable(sid));
  }

  /** A submission's file, for graders and for the learner who sent it. */
  @GET
  @Path("submissions/{sid}/file")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  public Response file(@PathParam("sid") long sid) {
    Submission s = readable(sid);
    if (!s.hasFile()) {
      throw AcademyException.notFound("file");
    }
    var file = s.file();
    return Downloads.of(file.fileName(), file.contentType(), file.data());
  }

  @POST
  @Path("submissions/{sid}/grade")
  @Consumes(MediaType.APPLICATION_JSON)
  public SubmissionDetails grade(@PathParam("sid") long sid, GradeForm form) {
    Bodies.valid(form);
    return SubmissionDetails.of(assignments.grade(sid, form.version, form.passed, form.points, form.feedback));
  }

  /** Graders see every submission; a learner only their own (404 for others', like unknown ids). */
  private Submission readable(long sid) {
    Submission s = assignments.find(sid).orElseThrow(() -> AcademyException.notFound("submission"));
    boolean grader = currentUser.hasAny(Role.METHODOLOGIST, Role.ADMIN);
    if (!grader && !currentUser.personId().map(p -> p.equals(s.getPersonId())).orElse(false)) {
      throw AcademyException.notFound("submission");
    }
    return s;
  }
}
