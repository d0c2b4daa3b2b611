package ru.shibc.academy.roadmap.api;

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
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.roadmap.Roadmap;
import ru.shibc.academy.roadmap.RoadmapItem;
import ru.shibc.academy.roadmap.RoadmapProgress;
import ru.shibc.academy.roadmap.RoadmapItems;
import ru.shibc.academy.roadmap.RoadmapSection;
import ru.shibc.academy.roadmap.RoadmapSeed;
import ru.shibc.academy.roadmap.RoadmapSeedLoader;
import ru.shibc.academy.roadmap.Roadmaps;
import ru.shibc.academy.roadmap.api.RoadmapForms.CopyForm;
import ru.shibc.academy.roadmap.api.RoadmapForms.RoadmapForm;
import ru.shibc.academy.roadmap.api.RoadmapViews.ItemView;
import ru.shibc.academy.roadmap.api.RoadmapViews.RoadmapDetail;
import ru.shibc.academy.roadmap.api.RoadmapViews.RoadmapView;
import ru.shibc.academy.roadmap.api.RoadmapViews.SectionView;
import ru.shibc.academy.roadmap.api.RoadmapViews.SeedResult;

/** Roadmaps as wholes: list, one with its sections and items, edit, copy into a new period. */
@Path("roadmaps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roadmap", description = "The district's roadmap («дорожная карта») and its items at work")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class RoadmapResource {

  @Inject private Roadmaps roadmaps;
  @Inject private RoadmapItems items;
  @Inject private RoadmapSeed seed;

  @GET
  @Operation(summary = "The roadmaps, newest period first, each with its progress counts")
  public List<RoadmapView> list() {
    LocalDate today = roadmaps.today();
    return roadmaps.list().stream()
        .map(r -> RoadmapView.of(r, RoadmapProgress.of(roadmaps.items(r.getId()), today)))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One roadmap with its sections and items; an item's overdue is computed for today")
  public RoadmapDetail get(@PathParam("id") long id) {
    return detail(roadmaps.get(id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Change a roadmap's title, approving act and period (409 on a stale version, 422 on an impossible period)")
  public RoadmapDetail update(@PathParam("id") long id, RoadmapForm form) {
    return detail(roadmaps.update(id, Bodies.valid(form).edit()));
  }

  @POST
  @Path("{id}/copy")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Start a new roadmap by copying this one into the period starting in startYear")
  public Response copy(@PathParam("id") long id, CopyForm form) {
    Bodies.valid(form);
    Roadmap copy = roadmaps.copy(id, new Roadmaps.CopyRequest(form.title, form.startYear));
    return Response.created(URI.create("roadmaps/" + copy.getId())).entity(detail(copy)).build();
  }

  @POST
  @Path("seed")
  @RolesAllowed(Role.Names.ADMIN)
  @Operation(summary = "Load the seed 2019–2021 roadmap if it is missing (it is loaded at start-up; a repeat changes nothing)")
  public SeedResult loadSeed() {
    boolean missing = seed.roadmap().isEmpty();
    RoadmapSeedLoader.ensureLoaded(seed);
    return new SeedResult(missing && seed.roadmap().isPresent(), seed.roadmap().map(Roadmap::getId).orElse(0L));
  }

  RoadmapDetail detail(Roadmap r) {
    LocalDate today = roadmaps.today();
    List<RoadmapSection> sections = roadmaps.sections(r.getId());
    List<RoadmapItem> all = roadmaps.items(r.getId());
    Map<Long, List<ItemView>> bySection = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    Map<Long, Integer> numbers = new HashMap<>();
    sections.forEach(s -> numbers.put(s.getId(), s.getNumber()));
    for (RoadmapItem i : all) {
      String name = i.getResponsibleId() == null ? null : names.computeIfAbsent(i.getResponsibleId(), items::name);
      bySection
          .computeIfAbsent(i.getSectionId(), k -> new java.util.ArrayList<>())
          .add(ItemView.of(i, numbers.get(i.getSectionId()), name, today));
    }
    List<SectionView> views =
        sections.stream()
            .map(s -> new SectionView(s.getNumber(), s.getTitle(), bySection.getOrDefault(s.getId(), List.of())))
            .toList();
    return new RoadmapDetail(RoadmapView.of(r, RoadmapProgress.of(all, today)), today, views);
  }
}
