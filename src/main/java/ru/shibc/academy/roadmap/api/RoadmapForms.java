package ru.shibc.academy.roadmap.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import ru.shibc.academy.roadmap.ItemFields;
import ru.shibc.academy.roadmap.ItemStatus;
import ru.shibc.academy.roadmap.Roadmaps;
import ru.shibc.academy.roadmap.seed.Recurrence;

/** What the roadmap API accepts. Classes with public fields: see {@code platform.api.Bodies}. */
public final class RoadmapForms {

  private RoadmapForms() {}

  public static final class RoadmapForm {
    public @NotBlank @Size(max = 2000) String title;
    public @Size(max = 500) String approvedBy;
    public @NotNull LocalDate periodStart;
    public @NotNull LocalDate periodEnd;
    public @NotNull Long version;

    Roadmaps.RoadmapEdit edit() {
      return new Roadmaps.RoadmapEdit(title, approvedBy, periodStart, periodEnd, version);
    }
  }

  public static final class CopyForm {
    public @Size(max = 2000) String title;
    /** Checked by the service (422 with a message saying the range), not by a constraint (400). */
    public @NotNull Integer startYear;
  }

  public static final class ItemForm {
    public @NotNull @Min(1) @Max(99) Integer section;
    public @NotBlank @Size(max = 20) String number;
    public @NotBlank @Size(max = 20_000) String measure;
    public @NotBlank @Size(max = 500) String timeframe;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public Integer recurrenceTimes;
    public Recurrence.Per recurrencePer;
    public @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 1000) String> executors;
    public @Size(max = 1000) String documentType;
    public @Size(max = 20_000) String expectedResult;
    /** The version edited; not needed to add an item. */
    public Long version;

    ItemFields fields() {
      return new ItemFields(
          section, number, measure, timeframe, periodStart, periodEnd, recurrenceTimes, recurrencePer, executors,
          documentType, expectedResult);
    }
  }

  public static final class StatusForm {
    public @NotNull ItemStatus status;
    public @NotNull Long version;
  }

  public static final class ResponsibleForm {
    /** The person of the district; null to leave the item without one. */
    public Long personId;
    public @NotNull Long version;
  }

  public static final class CommentForm {
    public @NotBlank @Size(max = 5000) String body;
  }
}
