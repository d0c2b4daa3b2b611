package ru.shibc.academy.course.api;

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
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.shibc.academy.course.Activity;
import ru.shibc.academy.course.Course;
import ru.shibc.academy.course.CourseStatus;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.course.ProgrammeType;
import ru.shibc.academy.course.Section;
import ru.shibc.academy.course.api.CourseForms.ActivityForm;
import ru.shibc.academy.course.api.CourseForms.CourseForm;
import ru.shibc.academy.course.api.CourseForms.DuplicateForm;
import ru.shibc.academy.course.api.CourseForms.OrderForm;
import ru.shibc.academy.course.api.CourseForms.SectionForm;
import ru.shibc.academy.course.api.CourseForms.StatusForm;
import ru.shibc.academy.course.api.CourseViews.ActivityView;
import ru.shibc.academy.course.api.CourseViews.CourseStructure;
import ru.shibc.academy.course.api.CourseViews.CourseSummary;
import ru.shibc.academy.course.api.CourseViews.FileView;
import ru.shibc.academy.course.api.CourseViews.SectionView;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.files.UploadedFiles;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;

/** The catalogue for everyone; authoring for methodologists and administrators. */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
public class CourseResource {

  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  @Inject private Courses courses;
  @Inject private CurrentUser currentUser;

  /** Published courses for learners; every course for those who author or oversee them. */
  @GET
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  public List<CourseSummary> catalogue(
      @QueryParam("q") String q,
      @QueryParam("category") String category,
      @QueryParam("programmeType") ProgrammeType type,
      @QueryParam("status") CourseStatus status) {
    QueryParams.text("q", q, 200);
    QueryParams.text("category", category, 120);
    CourseStatus shown = seesDrafts() ? status : CourseStatus.PUBLISHED;
    return courses.search(new Courses.Filter(q, category, type, shown)).stream().map(CourseSummary::of).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  public CourseStructure get(@PathParam("id") long id) {
    Course course = visible(id);
    Map<Long, Courses.FileInfo> files = courses.files(id);
    Map<Long, List<ActivityView>> bySection =
        courses.activities(id).stream()
            .map(a -> ActivityView.of(a, files.get(a.getId())))
            .collect(Collectors.groupingBy(ActivityView::sectionId));
    List<SectionView> sections =
        courses.sections(id).stream()
            .map(s -> SectionView.of(s, bySection.getOrDefault(s.getId(), List.of())))
            .toList();
    return new CourseStructure(CourseSummary.of(course), course.getStructureVersion(), sections);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CourseForm form) {
    Bodies.valid(form);
    Course course = courses.create(form.details());
    return Response.created(URI.create("courses/" + course.getId())).entity(CourseSummary.of(course)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CourseSummary update(@PathParam("id") long id, CourseForm form) {
    Bodies.valid(form);
    return CourseSummary.of(courses.update(id, form.version, form.details()));
  }

  @PUT
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  public CourseSummary changeStatus(@PathParam("id") long id, StatusForm form) {
    Bodies.valid(form);
    return CourseSummary.of(courses.changeStatus(id, form.status));
  }

  @POST
  @Path("{id}/duplicate")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response duplicate(@PathParam("id") long id, DuplicateForm form) {
    Bodies.valid(form);
    Course copy = courses.duplicate(id, form.shortName.strip());
    return Response.created(URI.create("courses/" + copy.getId())).entity(CourseSummary.of(copy)).build();
  }

  @POST
  @Path("{id}/sections")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addSection(@PathParam("id") long id, SectionForm form) {
    Bodies.valid(form);
    Section s = courses.addSection(id, form.title, form.summary);
    return Response.status(201).entity(SectionView.of(s, List.of())).build();
  }

  @PUT
  @Path("{id}/sections/{sectionId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public SectionView updateSection(@PathParam("id") long id, @PathParam("sectionId") long sectionId, SectionForm form) {
    Bodies.valid(form);
    return SectionView.of(courses.updateSection(id, sectionId, form.title, form.summary), List.of());
  }

  @DELETE
  @Path("{id}/sections/{sectionId}")
  public Response deleteSection(@PathParam("id") long id, @PathParam("sectionId") long sectionId) {
    courses.deleteSection(id, sectionId);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/activities")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addActivity(@PathParam("id") long id, ActivityForm form) {
    Bodies.valid(form);
    if (form.sectionId == null || form.kind == null) {
      throw new AcademyException(
          AcademyException.Kind.BAD_REQUEST,
          List.of(new AcademyException.FieldError(form.sectionId == null ? "sectionId" : "kind", "validation.NotNull")),
          "problem.validation");
    }
    Activity a = courses.addActivity(id, form.sectionId, form.kind, form.draft());
    return Response.status(201).entity(ActivityView.of(a, null)).build();
  }

  @PUT
  @Path("{id}/activities/{activityId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ActivityView updateActivity(@PathParam("id") long id, @PathParam("activityId") long activityId, ActivityForm form) {
    Bodies.valid(form);
    return ActivityView.of(courses.updateActivity(id, activityId, form.draft()), courses.files(id).get(activityId));
  }

  @DELETE
  @Path("{id}/activities/{activityId}")
  public Response deleteActivity(@PathParam("id") long id, @PathParam("activityId") long activityId) {
    courses.deleteActivity(id, activityId);
    return Response.noContent().build();
  }

  /** The file of a file activity: the request body is the file, its name in {@code fileName}. */
  @PUT
  @Path("{id}/activities/{activityId}/file")
  @Consumes(MediaType.WILDCARD)
  public FileView attachFile(
      @PathParam("id") long id, @PathParam("activityId") long activityId, @QueryParam("fileName") String fileName, InputStream body) {
    QueryParams.text("fileName", fileName, 255);
    var file = UploadedFiles.check(fileName, UploadedFiles.readBody(body, MAX_FILE_BYTES), UploadedFiles.DOCUMENTS, MAX_FILE_BYTES);
    var stored = courses.attachFile(id, activityId, file);
    return new FileView(stored.getFileName(), stored.getContentType(), stored.getSize());
  }

  @GET
  @Path("{id}/order")
  public Courses.Order order(@PathParam("id") long id) {
    return courses.order(id);
  }

  /** Drag and drop: the whole order, with the structure version the editor saw. */
  @PUT
  @Path("{id}/order")
  @Consumes(MediaType.APPLICATION_JSON)
  public Courses.Order reorder(@PathParam("id") long id, OrderForm form) {
    Bodies.valid(form);
    courses.reorder(
        id,
        new Courses.Order(
            form.structureVersion,
            form.sections.stream().map(s -> new Courses.SectionOrder(s.sectionId, s.activityIds)).toList()));
    return courses.order(id);
  }

  private boolean seesDrafts() {
    return currentUser.hasAny(Role.METHODOLOGIST, Role.ADMIN, Role.DEPARTMENT);
  }

  private Course visible(long id) {
    Course course = courses.get(id);
    if (course.getStatus() != CourseStatus.PUBLISHED && !seesDrafts()) {
      throw AcademyException.notFound("course");
    }
    return course;
  }

}
