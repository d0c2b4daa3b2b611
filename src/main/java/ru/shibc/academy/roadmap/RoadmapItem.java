package ru.shibc.academy.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.shibc.academy.roadmap.seed.Recurrence;

/**
 * One measure (мероприятие) of a roadmap with its timeframe as written and as a period, its
 * executors, document type and expected result, and where it stands: status and responsible
 * person.
 */
@Entity
@Table(name = "roadmap_items")
public class RoadmapItem {

  /**
   * {@link #overdue} in SQL over {@code roadmap_items} named {@code alias}, for counting in the
   * database; {@code today} is the parameter marker that binds the district's today ({@code ?},
   * {@code ?1}…).
   */
  public static String overdueSql(String alias, String today) {
    return "(" + alias + ".status <> 'DONE' AND " + alias + ".period_end < " + today + ")";
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "roadmap_id", nullable = false)
  private long roadmapId;

  @Column(name = "section_id", nullable = false)
  private long sectionId;

  @Column(nullable = false, length = 20)
  private String number;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String measure;

  @Column(nullable = false, length = 500)
  private String timeframe;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Column(name = "recurrence_times")
  private Integer recurrenceTimes;

  @Enumerated(EnumType.STRING)
  @Column(name = "recurrence_per", length = 10)
  private Recurrence.Per recurrencePer;

  @Column(nullable = false)
  private String executors;

  @Column(name = "document_type", nullable = false, length = 1000)
  private String documentType;

  @Column(name = "expected_result", nullable = false)
  private String expectedResult;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ItemStatus status;

  @Column(name = "responsible_id")
  private Long responsibleId;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  /** One field that an edit changed, for the item's history. */
  public record Change(String field, String oldValue, String newValue) {}

  protected RoadmapItem() {}

  RoadmapItem(long roadmapId, long sectionId, int position, ItemFields fields, Instant at) {
    this.roadmapId = roadmapId;
    this.sectionId = sectionId;
    this.position = position;
    this.status = ItemStatus.PLANNED;
    apply(sectionId, fields, at); // a new item has no history: what apply reports is dropped
  }

  /**
   * Whether an item is overdue on {@code today} (the district's date): it is not done and its
   * period has ended. A recurring item («не реже 2 раз в год», «1 раз в квартал») is judged the
   * same way, over its whole period: its status is the state of the whole measure, and whether a
   * given year or quarter met its rate is what the item's indicator counts, not its status.
   */
  public static boolean overdue(ItemStatus status, LocalDate periodEnd, LocalDate today) {
    return status != ItemStatus.DONE && today.isAfter(periodEnd);
  }

  public boolean isOverdue(LocalDate today) {
    return overdue(status, periodEnd, today);
  }

  /** Sets every field; answers what changed, for the history. */
  List<Change> apply(long newSectionId, ItemFields f, Instant at) {
    List<Change> changes = new ArrayList<>();
    sectionId = track(changes, "section", sectionId, newSectionId);
    number = track(changes, "number", number, f.number());
    measure = track(changes, "measure", measure, f.measure());
    timeframe = track(changes, "timeframe", timeframe, f.timeframe());
    periodStart = track(changes, "periodStart", periodStart, f.periodStart());
    periodEnd = track(changes, "periodEnd", periodEnd, f.periodEnd());
    recurrenceTimes = track(changes, "recurrenceTimes", recurrenceTimes, f.recurrenceTimes());
    recurrencePer = track(changes, "recurrencePer", recurrencePer, f.recurrencePer());
    executors = track(changes, "executors", executors, String.join("\n", f.executors()));
    documentType = track(changes, "documentType", documentType, f.documentType());
    expectedResult = track(changes, "expectedResult", expectedResult, f.expectedResult());
    updatedAt = at;
    return changes;
  }

  Change status(ItemStatus newStatus, Instant at) {
    Change change = new Change("status", status.name(), newStatus.name());
    status = newStatus;
    updatedAt = at;
    return change;
  }

  void responsible(Long personId, Instant at) {
    responsibleId = personId;
    updatedAt = at;
  }

  private static <T> T track(List<Change> changes, String field, T old, T now) {
    if (!Objects.equals(old, now)) {
      changes.add(new Change(field, Objects.toString(old, null), Objects.toString(now, null)));
    }
    return now;
  }

  public ItemFields fields(int sectionNumber) {
    return new ItemFields(
        sectionNumber, number, measure, timeframe, periodStart, periodEnd, recurrenceTimes, recurrencePer,
        getExecutors(), documentType, expectedResult);
  }

  public Long getId() {
    return id;
  }

  public long getRoadmapId() {
    return roadmapId;
  }

  public long getSectionId() {
    return sectionId;
  }

  public String getNumber() {
    return number;
  }

  public int getPosition() {
    return position;
  }

  public String getMeasure() {
    return measure;
  }

  public String getTimeframe() {
    return timeframe;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public Integer getRecurrenceTimes() {
    return recurrenceTimes;
  }

  public Recurrence.Per getRecurrencePer() {
    return recurrencePer;
  }

  /** The executors, one per line as stored. */
  public List<String> getExecutors() {
    return executors == null || executors.isEmpty() ? List.of() : List.of(executors.split("\n"));
  }

  public String getDocumentType() {
    return documentType;
  }

  public String getExpectedResult() {
    return expectedResult;
  }

  public ItemStatus getStatus() {
    return status;
  }

  public Long getResponsibleId() {
    return responsibleId;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
