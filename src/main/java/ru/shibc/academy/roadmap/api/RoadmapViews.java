package ru.shibc.academy.roadmap.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.shibc.academy.roadmap.Evidence;
import ru.shibc.academy.roadmap.EvidenceKind;
import ru.shibc.academy.roadmap.ItemChange;
import ru.shibc.academy.roadmap.ItemComment;
import ru.shibc.academy.roadmap.ItemStatus;
import ru.shibc.academy.roadmap.Roadmap;
import ru.shibc.academy.roadmap.RoadmapItem;
import ru.shibc.academy.roadmap.RoadmapProgress;
import ru.shibc.academy.roadmap.seed.Recurrence;

/** What the roadmap API answers. */
public final class RoadmapViews {

  private RoadmapViews() {}

  public record RoadmapView(
      long id, String title, String approvedBy, LocalDate periodStart, LocalDate periodEnd, Long copiedFromId,
      String seedKey, Instant createdAt, long version, RoadmapProgress progress) {
    static RoadmapView of(Roadmap r, RoadmapProgress progress) {
      return new RoadmapView(
          r.getId(), r.getTitle(), r.getApprovedBy(), r.getPeriodStart(), r.getPeriodEnd(), r.getCopiedFromId(),
          r.getSeedKey(), r.getCreatedAt(), r.getVersion(), progress);
    }
  }

  public record ItemView(
      long id, long roadmapId, int section, String number, int position, String measure, String timeframe,
      LocalDate periodStart, LocalDate periodEnd, Integer recurrenceTimes, Recurrence.Per recurrencePer,
      List<String> executors, String documentType, String expectedResult, ItemStatus status, boolean overdue,
      Long responsibleId, String responsibleName, Instant updatedAt, long version) {
    static ItemView of(RoadmapItem i, int section, String responsibleName, LocalDate today) {
      return new ItemView(
          i.getId(), i.getRoadmapId(), section, i.getNumber(), i.getPosition(), i.getMeasure(), i.getTimeframe(),
          i.getPeriodStart(), i.getPeriodEnd(), i.getRecurrenceTimes(), i.getRecurrencePer(), i.getExecutors(),
          i.getDocumentType(), i.getExpectedResult(), i.getStatus(), i.isOverdue(today), i.getResponsibleId(),
          responsibleName, i.getUpdatedAt(), i.getVersion());
    }
  }

  public record SectionView(int number, String title, List<ItemView> items) {}

  public record RoadmapDetail(RoadmapView roadmap, LocalDate today, List<SectionView> sections) {}

  public record ChangeView(String field, String oldValue, String newValue, String changedBy, Instant changedAt) {
    static ChangeView of(ItemChange c) {
      return new ChangeView(c.getField(), c.getOldValue(), c.getNewValue(), c.getChangedBy(), c.getChangedAt());
    }
  }

  public record CommentView(long id, String author, String body, Instant createdAt) {
    static CommentView of(ItemComment c) {
      return new CommentView(c.getId(), c.getAuthor(), c.getBody(), c.getCreatedAt());
    }
  }

  public record EvidenceView(
      long id, EvidenceKind kind, String title, LocalDate documentDate, String fileName, String contentType,
      long sizeBytes, String uploadedBy, Instant uploadedAt) {
    static EvidenceView of(Evidence e) {
      return new EvidenceView(
          e.getId(), e.getKind(), e.getTitle(), e.getDocumentDate(), e.getFileName(), e.getContentType(),
          e.getSizeBytes(), e.getUploadedBy(), e.getUploadedAt());
    }
  }

  public record SeedResult(boolean loaded, long roadmapId) {}
}
