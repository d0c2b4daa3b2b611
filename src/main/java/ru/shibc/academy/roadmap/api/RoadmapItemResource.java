package ru.shibc.academy.roadmap.api;

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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.files.Downloads;
import ru.shibc.academy.platform.files.UploadedFiles;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.roadmap.Evidence;
import ru.shibc.academy.roadmap.EvidenceKind;
import ru.shibc.academy.roadmap.ItemRecords;
import ru.shibc.academy.roadmap.RoadmapItem;
import ru.shibc.academy.roadmap.RoadmapItems;
import ru.shibc.academy.roadmap.Roadmaps;
import ru.shibc.academy.roadmap.api.RoadmapForms.CommentForm;
import ru.shibc.academy.roadmap.api.RoadmapForms.ItemForm;
import ru.shibc.academy.roadmap.api.RoadmapForms.ResponsibleForm;
import ru.shibc.academy.roadmap.api.RoadmapForms.StatusForm;
import ru.shibc.academy.roadmap.api.RoadmapViews.ChangeView;
import ru.shibc.academy.roadmap.api.RoadmapViews.CommentView;
import ru.shibc.academy.roadmap.api.RoadmapViews.EvidenceView;
import ru.shibc.academy.roadmap.api.RoadmapViews.ItemView;

/**
 * A roadmap's items: add, edit, remove (the department), status and responsible person, history,
 * comments and evidence. Uploads send the file as the request body and describe it in query
 * parameters, like every upload of the API.
 */
@Path("roadmaps/{roadmapId}/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roadmap")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class RoadmapItemResource {

  @PathParam("roadmapId")
  private long roadmapId;

  @Inject private Roadmaps roadmaps;
  @Inject private RoadmapItems items;
  @Inject private ItemRecords records;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Add an item to a section; without periodStart/periodEnd the period is parsed from the timeframe")
  public Response add(ItemForm form) {
    RoadmapItem item = items.add(roadmapId, Bodies.valid(form).fields());
    return Response.created(URI.create("roadmaps/" + roadmapId + "/items/" + item.getId())).entity(view(item)).build();
  }

  @GET
  @Path("{itemId}")
  @Operation(summary = "One item, with its computed overdue")
  public ItemView get(@PathParam("itemId") long itemId) {
    return view(items.get(roadmapId, itemId));
  }

  @PUT
  @Path("{itemId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Edit an item's fields (version required: 409 when stale; 422 on an impossible period)")
  public ItemView update(@PathParam("itemId") long itemId, ItemForm form) {
    Bodies.valid(form);
    if (form.version == null) {
      throw AcademyException.invalid("roadmap.version.required");
    }
    return view(items.update(roadmapId, itemId, form.fields(), form.version));
  }

  @DELETE
  @Path("{itemId}")
  @RolesAllowed({Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Remove an item with its evidence, comments and history")
  public Response remove(@PathParam("itemId") long itemId, @QueryParam("version") Long version) {
    if (version == null) {
      throw AcademyException.invalid("roadmap.version.required");
    }
    items.remove(roadmapId, itemId, version);
    return Response.noContent().build();
  }

  @PUT
  @Path("{itemId}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the status: planned, in progress or done (the department, or the responsible methodologist)")
  public ItemView status(@PathParam("itemId") long itemId, StatusForm form) {
    Bodies.valid(form);
    return view(items.changeStatus(roadmapId, itemId, form.status, form.version));
  }

  @PUT
  @Path("{itemId}/responsible")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Give the item to a person of the district (personId null: to nobody)")
  public ItemView responsible(@PathParam("itemId") long itemId, ResponsibleForm form) {
    Bodies.valid(form);
    return view(items.assign(roadmapId, itemId, form.personId, form.version));
  }

  @GET
  @Path("{itemId}/history")
  @Operation(summary = "Every change of the item, newest first: who, when, field, old and new value")
  public List<ChangeView> history(@PathParam("itemId") long itemId) {
    return items.history(roadmapId, itemId).stream().map(ChangeView::of).toList();
  }

  @GET
  @Path("{itemId}/comments")
  @Operation(summary = "The item's comments, oldest first")
  public List<CommentView> comments(@PathParam("itemId") long itemId) {
    return records.comments(roadmapId, itemId).stream().map(CommentView::of).toList();
  }

  @POST
  @Path("{itemId}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Comment on the item (the department, or the responsible methodologist)")
  public Response comment(@PathParam("itemId") long itemId, CommentForm form) {
    Bodies.valid(form);
    return Response.status(Response.Status.CREATED)
        .entity(CommentView.of(records.comment(roadmapId, itemId, form.body)))
        .build();
  }

  @GET
  @Path("{itemId}/evidence")
  @Operation(summary = "The item's evidence documents, without their files")
  public List<EvidenceView> evidence(@PathParam("itemId") long itemId) {
    return records.evidence(roadmapId, itemId).stream().map(EvidenceView::of).toList();
  }

  @POST
  @Path("{itemId}/evidence")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Upload an evidence document (PDF, DOCX, XLSX, JPEG, PNG; checked by content; the body is the file)")
  public Response addEvidence(
      @PathParam("itemId") long itemId,
      @QueryParam("kind") String kind,
      @QueryParam("title") String title,
      @QueryParam("documentDate") String documentDate,
      @QueryParam("fileName") String fileName,
      InputStream body) {
    EvidenceKind k = QueryParams.option("kind", kind, EvidenceKind.class);
    if (k == null) {
      throw AcademyException.invalid("roadmap.evidence.kind");
    }
    QueryParams.text("title", title, 500);
    QueryParams.text("fileName", fileName, 255);
    LocalDate date = documentDate == null || documentDate.isBlank() ? null : QueryParams.date("documentDate", documentDate);
    var file = records.check(fileName, UploadedFiles.readBody(body, records.maxBytes()));
    Evidence e = records.addEvidence(roadmapId, itemId, new ItemRecords.EvidenceDraft(k, title, date), file);
    return Response.created(URI.create("roadmaps/" + roadmapId + "/items/" + itemId + "/evidence/" + e.getId() + "/file"))
        .entity(EvidenceView.of(e))
        .build();
  }

  @GET
  @Path("{itemId}/evidence/{evidenceId}/file")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download an evidence document with its type and file name")
  public Response evidenceFile(@PathParam("itemId") long itemId, @PathParam("evidenceId") long evidenceId) {
    Evidence e = records.file(roadmapId, itemId, evidenceId);
    return Downloads.of(e.getFileName(), e.getContentType(), e.getData());
  }

  @DELETE
  @Path("{itemId}/evidence/{evidenceId}")
  @Operation(summary = "Remove an evidence document (the department, or the responsible methodologist)")
  public Response removeEvidence(@PathParam("itemId") long itemId, @PathParam("evidenceId") long evidenceId) {
    records.removeEvidence(roadmapId, itemId, evidenceId);
    return Response.noContent().build();
  }

  private ItemView view(RoadmapItem item) {
    return ItemView.of(item, items.section(item).getNumber(), items.name(item.getResponsibleId()), roadmaps.today());
  }
}
