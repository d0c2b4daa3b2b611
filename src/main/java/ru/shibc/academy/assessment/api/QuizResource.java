package ru.shibc.academy.assessment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import ru.shibc.academy.assessment.AttemptGrading;
import ru.shibc.academy.assessment.Attempts;
import ru.shibc.academy.assessment.AttestationProtocols;
import ru.shibc.academy.assessment.EssayGrading;
import ru.shibc.academy.assessment.Quiz;
import ru.shibc.academy.assessment.QuizSettings;
import ru.shibc.academy.assessment.QuizSlot;
import ru.shibc.academy.assessment.Quizzes;
import ru.shibc.academy.assessment.api.AssessmentForms.SettingsForm;
import ru.shibc.academy.assessment.api.AssessmentForms.SlotsForm;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.files.Downloads;
import ru.shibc.academy.platform.security.Role;

/** A quiz activity's settings, questions, attempts, regrading and protocol, for methodologists. */
@Path("courses/{courseId}/quizzes/{activityId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
public class QuizResource {

  public record SlotView(int position, Long questionId, Long categoryId, Integer randomCount, BigDecimal mark) {
    static SlotView of(QuizSlot s) {
      return new SlotView(s.getPosition(), s.getQuestionId(), s.getCategoryId(), s.getRandomCount(), s.getMark());
    }
  }

  public record QuizView(long activityId, long courseId, QuizSettings settings, List<SlotView> slots, long version) {}

  public record Regraded(int attempts) {}

  @Inject private Quizzes quizzes;
  @Inject private Attempts attempts;
  @Inject private AttemptViews views;
  @Inject private EssayGrading grading;
  @Inject private AttestationProtocols protocols;
  @Inject private ru.shibc.academy.course.CourseTeachers teachers;
  @Inject private ru.shibc.academy.platform.security.CurrentUser currentUser;

  @GET
  public QuizView get(@PathParam("courseId") long courseId, @PathParam("activityId") long activityId) {
    teachers.requireTeacher(courseId);
    return view(quizzes.of(courseId, activityId));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public QuizView update(
      @PathParam("courseId") long courseId, @PathParam("activityId") long activityId, SettingsForm form) {
    teachers.requireTeacher(courseId);
    Bodies.valid(form);
    return view(quizzes.update(courseId, activityId, form.version, form.settings()));
  }

  @PUT
  @Path("slots")
  @Consumes(MediaType.APPLICATION_JSON)
  public QuizView slots(@PathParam("courseId") long courseId, @PathParam("activityId") long activityId, SlotsForm form) {
    teachers.requireTeacher(courseId);
    Bodies.valid(form);
    quizzes.setSlots(
        courseId, activityId,
        form.slots.stream()
            .map(s -> new Quizzes.SlotDraft(s.questionId, s.categoryId, s.randomCount, s.mark))
            .toList());
    return view(quizzes.of(courseId, activityId));
  }

  /** Every attempt, for grading. */
  @GET
  @Path("attempts")
  public List<AttemptView> attempts(@PathParam("courseId") long courseId, @PathParam("activityId") long activityId) {
    teachers.requireTeacher(courseId);
    quizzes.of(courseId, activityId);
    return attempts.all(activityId).stream().map(views::summary).toList();
  }

  @POST
  @Path("regrade")
  public Regraded regrade(@PathParam("courseId") long courseId, @PathParam("activityId") long activityId) {
    teachers.requireTeacher(courseId);
    quizzes.of(courseId, activityId);
    return new Regraded(grading.regrade(activityId));
  }

  /** The attestation protocol (ведомость) as a PDF. */
  @GET
  @Path("protocol")
  @Produces("application/pdf")
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  public Response protocol(@PathParam("courseId") long courseId, @PathParam("activityId") long activityId) {
    if (!currentUser.has(Role.DEPARTMENT)) {
      teachers.requireTeacher(courseId); // the department reads every protocol; graders their own
    }
    return Downloads.of("Протокол аттестации.pdf", "application/pdf", protocols.pdf(courseId, activityId));
  }

  private QuizView view(Quiz q) {
    return new QuizView(
        q.getActivityId(), q.getCourseId(), q.settings(),
        quizzes.slots(q.getActivityId()).stream().map(SlotView::of).toList(), q.getVersion());
  }
}
