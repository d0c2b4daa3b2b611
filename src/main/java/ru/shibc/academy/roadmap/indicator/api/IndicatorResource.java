package ru.shibc.academy.roadmap.indicator.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.files.Downloads;
import ru.shibc.academy.platform.files.TableFiles;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.roadmap.indicator.Breakdown;
import ru.shibc.academy.roadmap.indicator.Indicator;
import ru.shibc.academy.roadmap.indicator.IndicatorTable;
import ru.shibc.academy.roadmap.indicator.Indicators;
import ru.shibc.academy.roadmap.indicator.ManualValues;
import ru.shibc.academy.roadmap.indicator.Period;
import ru.shibc.academy.roadmap.indicator.RoadmapRows;

/**
 * The roadmap's live indicators for a period ({@code from}/{@code to}, or {@code year} with an
 * optional {@code quarter}; the current year by default), their breakdowns, the table as a file,
 * and the department's manual values.
 */
@Path("indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Roadmap indicators counted from the platform's data")
@RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
public class IndicatorResource {

  /** The indicators of a period, and the roadmap whose manual indicators are included (or null). */
  public record IndicatorsView(LocalDate from, LocalDate to, Long roadmapId, List<Indicator> indicators) {}

  /** A manual value to enter: the period as from/to or year/quarter. */
  public static class ManualForm {
    public String from;
    public String to;
    public Integer year;
    public Integer quarter;
    public java.math.BigDecimal value;
    public String note;
  }

  @Inject private Indicators indicators;
  @Inject private ManualValues manualValues;
  @Inject private RoadmapRows roadmaps;
  @Inject private Clock clock;

  @GET
  @Operation(summary = "Every indicator for a period; with roadmapId (or the roadmap of the period) also the manual ones")
  public IndicatorsView list(
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("year") Integer year,
      @QueryParam("quarter") Integer quarter, @QueryParam("roadmapId") Long roadmapId) {
    Period period = period(from, to, year, quarter);
    Long roadmap = roadmap(roadmapId, period);
    return new IndicatorsView(period.from(), period.to(), roadmap, indicators.of(period, roadmap));
  }

  @GET
  @Path("{code}/breakdown")
  @Operation(summary = "One indicator by school (by year for 1.3, by course for 6.3)")
  public Breakdown breakdown(
      @PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("year") Integer year, @QueryParam("quarter") Integer quarter) {
    QueryParams.text("code", code, 40);
    return indicators.breakdown(code, period(from, to, year, quarter));
  }

  @GET
  @Path("file")
  @Produces({TableFiles.XLSX, TableFiles.CSV, MediaType.APPLICATION_JSON})
  @Operation(summary = "The indicator table of a period as XLSX or CSV")
  public Response file(
      @QueryParam("format") @DefaultValue("xlsx") String format, @QueryParam("from") String from,
      @QueryParam("to") String to, @QueryParam("year") Integer year, @QueryParam("quarter") Integer quarter,
      @QueryParam("roadmapId") Long roadmapId) {
    boolean xlsx = "xlsx".equals(QueryParams.oneOf("format", format, "xlsx", "csv"));
    Period period = period(from, to, year, quarter);
    List<Indicator> list = indicators.of(period, roadmap(roadmapId, period));
    String name = IndicatorTable.fileName(period);
    return xlsx
        ? Downloads.of(name + ".xlsx", TableFiles.XLSX, IndicatorTable.xlsx(list))
        : Downloads.of(name + ".csv", TableFiles.CSV, IndicatorTable.csv(list));
  }

  @GET
  @Path("manual/{itemId}")
  @Operation(summary = "The manual values entered for a roadmap item")
  public List<ManualValues.Value> manual(@PathParam("itemId") long itemId) {
    return manualValues.of(itemId);
  }

  @PUT
  @Path("manual/{itemId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Enter (or replace) a roadmap item's manual value for a period")
  public ManualValues.Value enter(@PathParam("itemId") long itemId, ManualForm form) {
    Bodies.valid(form);
    Period period = period(form.from, form.to, form.year, form.quarter);
    return manualValues.save(itemId, period, form.value, QueryParams.text("note", form.note, 2000));
  }

  private Period period(String from, String to, Integer year, Integer quarter) {
    return Period.of(QueryParams.date("from", from), QueryParams.date("to", to), year, quarter, Clocks.day(clock.instant()));
  }

  private Long roadmap(Long roadmapId, Period period) {
    if (roadmapId != null) {
      return roadmaps.find(roadmapId).map(RoadmapRows.Roadmap::id)
          .orElseThrow(() -> new ru.shibc.academy.platform.api.AcademyException(ru.shibc.academy.platform.api.AcademyException.Kind.NOT_FOUND, "indicator.roadmapNotFound"));
    }
    return roadmaps.overlapping(period).stream().findFirst().map(RoadmapRows.Roadmap::id).orElse(null);
  }
}
