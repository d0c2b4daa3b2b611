package ru.shibc.academy.assessment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import ru.shibc.academy.assessment.BankQuestion;
import ru.shibc.academy.assessment.QuestionBank;
import ru.shibc.academy.assessment.QuestionCategory;
import ru.shibc.academy.assessment.api.AssessmentForms.CategoryForm;
import ru.shibc.academy.assessment.api.AssessmentForms.PreviewForm;
import ru.shibc.academy.assessment.api.AssessmentForms.QuestionForm;
import ru.shibc.academy.assessment.formats.GiftParser;
import ru.shibc.academy.assessment.formats.ImportProblem;
import ru.shibc.academy.assessment.formats.ImportResult;
import ru.shibc.academy.assessment.formats.MoodleXmlReader;
import ru.shibc.academy.assessment.question.Grade;
import ru.shibc.academy.assessment.question.Question;
import ru.shibc.academy.assessment.question.QuestionJson;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.files.Downloads;
import ru.shibc.academy.platform.files.UploadedFiles;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.security.Role;

/** The question bank, under {@code /api/question-bank}, for methodologists. */
@Path("question-bank")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
public class QuestionBankResource {

  static final long MAX_IMPORT_BYTES = 20L * 1024 * 1024;

  public record CategoryView(long id, Long parentId, Long courseId, String name) {
    static CategoryView of(QuestionCategory c) {
      return new CategoryView(c.getId(), c.getParentId(), c.getCourseId(), c.getName());
    }
  }

  public record QuestionSummary(long id, long categoryId, String type, String name, int revision, Instant updatedAt) {
    static QuestionSummary of(BankQuestion q) {
      return new QuestionSummary(q.getId(), q.getCategoryId(), q.getType(), q.getName(), q.getRevision(), q.getUpdatedAt());
    }
  }

  public record QuestionDetails(
      long id, long categoryId, String type, String name, int revision, JsonObject question, long version) {
    static QuestionDetails of(BankQuestion q) {
      return new QuestionDetails(
          q.getId(), q.getCategoryId(), q.getType(), q.getName(), q.getRevision(), QuestionJson.toJson(q.question()),
          q.getVersion());
    }
  }

  /** One problem of an import, with its line, a stable code and a readable message. */
  public record ProblemView(int line, String code, String message) {}

  public record ImportView(boolean stored, int questions, int storedCount, List<ProblemView> problems) {}

  public record PreviewView(java.math.BigDecimal fraction, boolean needsManualGrading, List<String> feedback) {}

  @Inject private QuestionBank bank;

  @GET
  @Path("categories")
  public List<CategoryView> categories(@QueryParam("courseId") Long courseId) {
    return bank.categories(courseId).stream().map(CategoryView::of).toList();
  }

  @POST
  @Path("categories")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addCategory(CategoryForm form) {
    Bodies.valid(form);
    QuestionCategory c = bank.addCategory(form.parentId, form.courseId, form.name);
    return Response.created(URI.create("question-bank/categories/" + c.getId())).entity(CategoryView.of(c)).build();
  }

  @GET
  @Path("categories/{id}/questions")
  public List<QuestionSummary> questions(@PathParam("id") long categoryId) {
    bank.category(categoryId);
    return bank.questions(categoryId).stream().map(QuestionSummary::of).toList();
  }

  @POST
  @Path("questions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(QuestionForm form) {
    Bodies.valid(form);
    BankQuestion q = bank.add(form.categoryId, parse(form.question));
    return Response.created(URI.create("question-bank/questions/" + q.getId())).entity(QuestionDetails.of(q)).build();
  }

  @GET
  @Path("questions/{id}")
  public QuestionDetails get(@PathParam("id") long id) {
    return QuestionDetails.of(bank.question(id));
  }

  @PUT
  @Path("questions/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public QuestionDetails update(@PathParam("id") long id, QuestionForm form) {
    Bodies.valid(form);
    return QuestionDetails.of(bank.update(id, form.version, parse(form.question)));
  }

  /** Grades a response to a question as the editor shows it, storing nothing. */
  @POST
  @Path("preview")
  @Consumes(MediaType.APPLICATION_JSON)
  public PreviewView preview(PreviewForm form) {
    Bodies.valid(form);
    Question q = parse(form.question);
    if (form.response == null) {
      return new PreviewView(null, false, List.of());
    }
    try {
      Grade g = q.grade(QuestionJson.responseFromJson(form.response));
      return new PreviewView(g.fraction(), g.needsManualGrading(), g.feedback());
    } catch (IllegalArgumentException | jakarta.json.JsonException e) {
      throw AcademyException.invalid("attempt.badResponse");
    }
  }

  /**
   * Imports a GIFT or Moodle XML file into a category. With {@code dryRun} nothing is stored and
   * the answer lists every problem by line; otherwise a file with problems is refused as a whole
   * (422) unless {@code validOnly} stores the questions that are fine.
   */
  @POST
  @Path("categories/{id}/import")
  @Consumes({MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, "text/xml"})
  public Response importFile(
      @PathParam("id") long categoryId,
      @QueryParam("format") String format,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @QueryParam("validOnly") @DefaultValue("false") boolean validOnly,
      InputStream body) {
    QueryParams.oneOf("format", format, "gift", "xml");
    bank.category(categoryId);
    byte[] data = UploadedFiles.readBody(body, MAX_IMPORT_BYTES);
    if (data.length == 0) {
      throw AcademyException.invalid("bank.emptyFile");
    }
    ImportResult result =
        "gift".equals(format)
            ? new GiftParser().parse(new ByteArrayInputStream(data))
            : new MoodleXmlReader().read(new ByteArrayInputStream(data));
    List<ProblemView> problems = result.problems().stream().map(QuestionBankResource::problem).toList();
    if (dryRun) {
      return Response.ok(new ImportView(false, result.questions().size(), 0, problems)).build();
    }
    if (result.questions().isEmpty()) {
      return Response.status(422).entity(new ImportView(false, 0, 0, problems)).build();
    }
    QuestionBank.Imported imported = bank.importInto(categoryId, result, validOnly);
    if (imported.stored() == 0) {
      return Response.status(422).entity(new ImportView(false, result.questions().size(), 0, problems)).build();
    }
    return Response.ok(new ImportView(true, result.questions().size(), imported.stored(), problems)).build();
  }

  /** A category with its subcategories as Moodle XML. */
  @GET
  @Path("categories/{id}/export")
  @Produces("application/xml")
  public Response export(@PathParam("id") long categoryId) {
    QuestionCategory c = bank.category(categoryId);
    return Downloads.of(c.getName() + ".xml", "application/xml", bank.exportXml(categoryId));
  }

  private static Question parse(JsonObject json) {
    try {
      return QuestionJson.questionFromJson(json);
    } catch (IllegalArgumentException | jakarta.json.JsonException | NullPointerException | ClassCastException e) {
      throw new AcademyException(
          AcademyException.Kind.UNPROCESSABLE,
          List.of(new AcademyException.FieldError("question", "bank.badQuestion.detail", String.valueOf(e.getMessage()))),
          "bank.badQuestion");
    }
  }

  private static ProblemView problem(ImportProblem p) {
    String key = "bank.import." + p.code();
    String message = Messages.text(Messages.RUSSIAN, key);
    return new ProblemView(p.line(), p.code(), message.equals(key) ? p.detail() : message);
  }

}
