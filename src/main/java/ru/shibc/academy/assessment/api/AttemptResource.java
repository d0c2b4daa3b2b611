package ru.shibc.academy.assessment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import ru.shibc.academy.assessment.Attempt;
import ru.shibc.academy.assessment.AttemptAnswers;
import ru.shibc.academy.assessment.Attempts;
import ru.shibc.academy.assessment.EssayGrading;
import ru.shibc.academy.assessment.api.AssessmentForms.AnswerForm;
import ru.shibc.academy.assessment.api.AssessmentForms.GradeForm;
import ru.shibc.academy.assessment.api.AssessmentForms.StartForm;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;

/**
 * Attempts, under {@code /api/attempts}: start or resume, save each answer as it is given (an
 * idempotent PUT acknowledged only after it is committed), finish, and grading by hand.
 */
@Path("attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class AttemptResource {

  private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,64}");

  @Inject private Attempts attempts;
  @Inject private AttemptAnswers answers;
  @Inject private AttemptViews views;
  @Inject private EssayGrading grading;
  @Inject private CurrentUser currentUser;
  @Inject private ru.shibc.academy.course.CourseTeachers teachers;

  /** Starts an attempt at a quiz, or answers the one in progress (201 for a new one, 200 to resume). */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(StartForm form) {
    Bodies.valid(form);
    long me = me();
    int before = attempts.of(form.activityId, me).size();
    Attempt a = attempts.startOrResume(form.activityId, me);
    return Response.status(a.getNumber() > before ? 201 : 200).entity(views.of(a, false)).build();
  }

  /** The caller's attempts at a quiz. */
  @GET
  public List<AttemptView> mine(@QueryParam("activityId") Long activityId) {
    if (activityId == null) {
      throw AcademyException.invalid("attempt.activityRequired");
    }
    return attempts.of(activityId, me()).stream().map(a -> views.summary(a)).toList();
  }

  @GET
  @Path("{id}")
  public AttemptView get(@PathParam("id") long id) {
    Attempt a = readable(id);
    return views.of(a, a.getPersonId() != me());
  }

  /**
   * Saves the answer of one slot. {@code Idempotency-Key} names this save: a retry with the same
   * key answers the first result and changes nothing. {@code baseRevision} is the revision the
   * answer replaces: a save from a tab that missed another tab's save is refused (409).
   *
   * <p>{@link AnswerSaveFilter} answers this address before JAX-RS with the same contract (it is
   * the hottest request of an attestation); this method describes it in /openapi and serves it
   * when {@code shibc.attempts.lean-save} is false.
   */
  @PUT
  @Path("{id}/answers/{slot}")
  @Consumes(MediaType.APPLICATION_JSON)
  public AttemptAnswers.Ack save(
      @PathParam("id") long id, @PathParam("slot") int slot, @HeaderParam("Idempotency-Key") String key,
      AnswerForm form) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw AcademyException.invalid("attempt.keyRequired");
    }
    Bodies.valid(form);
    return answers.save(id, me(), slot, form.response.toString(), form.baseRevision, key);
  }

  @POST
  @Path("{id}/finish")
  public AttemptView finish(@PathParam("id") long id) {
    return views.of(attempts.finish(id, me()), false);
  }

  /** A grader's mark for one answer (an essay, or an override), in points of the slot's mark. */
  @PUT
  @Path("{id}/answers/{slot}/grade")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  public AttemptView grade(@PathParam("id") long id, @PathParam("slot") int slot, GradeForm form) {
    Bodies.valid(form);
    readable(id);
    return views.of(grading.grade(id, slot, form.points, form.comment), true);
  }

  /** The caller's own attempt, or one of a course they teach; anything else does not exist. */
  private Attempt readable(long id) {
    Attempt a = attempts.get(id);
    boolean own = currentUser.personId().map(p -> p == a.getPersonId()).orElse(false);
    if (!own && !teachers.callerTeaches(a.getCourseId())) {
      throw AcademyException.notFound("attempt");
    }
    return a;
  }

  private long me() {
    return currentUser.personId().orElseThrow(() -> AcademyException.notFound("person"));
  }
}
