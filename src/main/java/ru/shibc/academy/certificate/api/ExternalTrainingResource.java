package ru.shibc.academy.certificate.api;

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
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ru.shibc.academy.certificate.ExternalTraining;
import ru.shibc.academy.certificate.ExternalTrainings;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.files.Downloads;
import ru.shibc.academy.platform.files.UploadedFiles;
import ru.shibc.academy.platform.security.Role;

/**
 * Qualification upgrades taken elsewhere: the request body is the document's scan (PDF, JPEG or
 * PNG, checked by its content), the rest are query parameters, like every upload of the API.
 */
@Path("certificates/external")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
public class ExternalTrainingResource {

  static final long MAX_SCAN_BYTES = 10L * 1024 * 1024;
  private static final Set<UploadedFiles.Type> SCANS =
      Set.of(UploadedFiles.Type.PDF, UploadedFiles.Type.JPEG, UploadedFiles.Type.PNG);

  public record ExternalView(
      long id, long personId, String provider, String programme, int academicHours, LocalDate completedOn,
      String documentNumber, String reason, String fileName, Instant recordedAt, String recordedBy) {
    static ExternalView of(ExternalTraining t) {
      return new ExternalView(
          t.getId(), t.getPersonId(), t.getProvider(), t.getProgrammeTitle(), t.getAcademicHours(), t.getCompletedOn(),
          t.getDocumentNumber(), t.getReason(), t.getFileName(), t.getRecordedAt(), t.getRecordedBy());
    }
  }

  @Inject private ExternalTrainings trainings;

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response record(
      @QueryParam("personId") Long personId,
      @QueryParam("provider") String provider,
      @QueryParam("programme") String programme,
      @QueryParam("hours") Integer hours,
      @QueryParam("completedOn") String completedOn,
      @QueryParam("documentNumber") String documentNumber,
      @QueryParam("reason") String reason,
      @QueryParam("fileName") String fileName,
      InputStream body) {
    if (personId == null || hours == null || blank(provider) || blank(programme) || blank(reason) || blank(fileName)
        || blank(completedOn)) {
      throw AcademyException.invalid("external.required");
    }
    QueryParams.text("provider", provider, 250);
    QueryParams.text("programme", programme, 250);
    QueryParams.text("documentNumber", documentNumber, 60);
    QueryParams.text("reason", reason, 1000);
    QueryParams.text("fileName", fileName, 255);
    LocalDate completed = QueryParams.date("completedOn", completedOn);
    var scan = UploadedFiles.check(fileName, UploadedFiles.readBody(body, MAX_SCAN_BYTES), SCANS, MAX_SCAN_BYTES);
    ExternalTraining t =
        trainings.record(
            new ExternalTrainings.Draft(personId, provider, programme, hours, completed, documentNumber, reason), scan);
    return Response.created(URI.create("certificates/external/" + t.getId())).entity(ExternalView.of(t)).build();
  }

  @GET
  public List<ExternalView> ofPerson(@QueryParam("personId") Long personId) {
    if (personId == null) {
      throw AcademyException.invalid("external.required");
    }
    return trainings.ofPerson(personId).stream().map(ExternalView::of).toList();
  }

  @GET
  @Path("{id}/file")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  public Response file(@PathParam("id") long id) {
    ExternalTraining t = trainings.get(id);
    return Downloads.of(t.getFileName(), t.getContentType(), t.getData());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
