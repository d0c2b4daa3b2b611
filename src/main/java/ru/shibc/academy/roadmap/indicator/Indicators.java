package ru.shibc.academy.roadmap.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ru.shibc.academy.assessment.AttestationIndicators;
import ru.shibc.academy.certificate.CertificateIndicators;
import ru.shibc.academy.course.CourseIndicators;
import ru.shibc.academy.people.ModelStage;
import ru.shibc.academy.people.SchoolIndicators;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.webinar.WebinarIndicators;

/**
 * The roadmap's live indicators for a period, each counted in SQL by the feature that records its
 * data (formulas in docs/INDICATORS.md), and the department's manual values for the items the
 * platform cannot count. A period with no data gives zeros, never an error.
 */
@ApplicationScoped
public class Indicators {

  /** The items that have an automatic indicator; every other item gets a manual one. */
  public static final Set<String> AUTOMATIC_ITEMS = Set.of("1.3", "3.1", "3.2", "3.4", "3.5", "3.6", "4.1", "4.2", "6.3", "8.1");

  /** "Not less than twice a year" (item 1.3). */
  static final int MEETINGS_PER_YEAR = 2;

  @Inject private SchoolIndicators schools;
  @Inject private CertificateIndicators certificates;
  @Inject private AttestationIndicators attestations;
  @Inject private WebinarIndicators webinars;
  @Inject private CourseIndicators courses;
  @Inject private ReportCounts reports;
  @Inject private ManualValues manualValues;
  @Inject private RoadmapRows roadmaps;
  @Inject private Clock clock;

  /** Every automatic indicator, then the manual ones of the roadmap's other items (when a roadmap is given). */
  public List<Indicator> of(Period period, Long roadmapId) {
    Instant now = clock.instant();
    List<SchoolIndicators.School> schoolList = schools.schools();
    long staff = schoolList.stream().mapToLong(SchoolIndicators.School::staff).sum();
    long schoolCount = schoolList.size();
    List<Indicator> list = new ArrayList<>();

    long meetings = webinars.held(WebinarIndicators.Kind.MEETING, period.start(), period.end(), now);
    list.add(count("1.3", "1.3.meetings", meetings, "events", BigDecimal.valueOf((long) MEETINGS_PER_YEAR * period.yearsTouched()), true));

    long held = webinars.held(WebinarIndicators.Kind.WEBINAR, period.start(), period.end(), now);
    list.add(count("3.1", "3.1.webinars", held, "events", null, false));
    long consultations = webinars.consultationsHeld(period.start(), period.end(), now);
    list.add(count("3.1", "3.1.consultations", consultations, "events", null, false));

    Map<Long, Long> participants = webinars.participantsByOrganisation(period.start(), period.end(), now);
    long people = participants.values().stream().mapToLong(Long::longValue).sum();
    list.add(count("3.2", "3.2.participants", people, "people", null, true));
    long schoolsTakingPart = schoolList.stream().filter(s -> participants.getOrDefault(s.id(), 0L) > 0).count();
    list.add(shared("3.2", "3.2.schools", schoolsTakingPart, "schools", schoolCount, null, true));

    Map<ModelStage, Long> stages = schools.stages(period.to());
    for (ModelStage stage : List.of(ModelStage.PILOT, ModelStage.ROLLOUT_FIRST, ModelStage.ROLLOUT_SECOND)) {
      list.add(shared(stage.roadmapItem(), stage.roadmapItem() + ".stage", stages.get(stage), "schools", schoolCount,
          BigDecimal.valueOf(target(stage)), true));
    }

    long trained = certificates.trainedBySchool(period.from(), period.to()).values().stream().mapToLong(Long::longValue).sum();
    list.add(shared("4.1", "4.1.trained", trained, "people", staff, null, true));

    Map<Long, AttestationIndicators.Passed> passed = attestations.passedByOrganisation(period.start(), period.end());
    long attested = passed.values().stream().mapToLong(AttestationIndicators.Passed::attestations).sum();
    long attestedPeople = passed.values().stream().mapToLong(AttestationIndicators.Passed::people).sum();
    list.add(withNote(count("4.2", "4.2.attestations", attested, "attestations", null, true),
        text("indicator.note.people", attestedPeople)));

    List<CourseIndicators.Delivered> delivered = courses.delivered(period.start(), period.end());
    list.add(count("6.3", "6.3.courses", delivered.size(), "courses", null, true));

    long reported = reports.quartersReported(period.start(), period.end());
    list.add(count("8.1", "8.1.reports", reported, "reports", BigDecimal.valueOf(period.quartersTouched()), false));

    if (roadmapId != null) {
      list.addAll(manual(roadmapId, period));
    }
    return list;
  }

  /** The manual indicators of the roadmap's items without an automatic one. */
  List<Indicator> manual(long roadmapId, Period period) {
    Map<Long, ManualValues.Sum> sums = manualValues.within(roadmapId, period);
    List<Indicator> list = new ArrayList<>();
    for (RoadmapRows.Item item : roadmaps.items(roadmapId)) {
      if (AUTOMATIC_ITEMS.contains(item.number())) {
        continue;
      }
      ManualValues.Sum sum = sums.get(item.id());
      list.add(
          new Indicator(
              item.number(), item.number() + ".manual", shortMeasure(item.measure()), sum == null ? null : sum.value(),
              "value", null, false, null, null, true, sum == null ? null : sum.note(), false));
    }
    return list;
  }

  /** One indicator taken apart: by school, by year (1.3) or by course (6.3). */
  public Breakdown breakdown(String code, Period period) {
    Instant now = clock.instant();
    List<SchoolIndicators.School> schoolList = schools.schools();
    return switch (code) {
      case "1.3.meetings" -> {
        Map<Integer, Long> perYear = new TreeMap<>();
        for (int y = period.from().getYear(); y <= period.to().getYear(); y++) {
          perYear.put(y, 0L);
        }
        webinars.heldStarts(WebinarIndicators.Kind.MEETING, period.start(), period.end(), now)
            .forEach(i -> perYear.merge(Clocks.day(i).getYear(), 1L, Long::sum));
        yield new Breakdown(code, "YEAR", perYear.entrySet().stream()
            .map(e -> new Breakdown.Row(String.valueOf(e.getKey()), e.getValue(), (long) MEETINGS_PER_YEAR, null))
            .toList());
      }
      case "3.2.participants", "3.2.schools" ->
          bySchool(code, schoolList, webinars.participantsByOrganisation(period.start(), period.end(), now));
      case "4.1.trained" -> bySchool(code, schoolList, certificates.trainedBySchool(period.from(), period.to()));
      case "4.2.attestations" -> {
        Map<Long, Long> counts = new java.util.HashMap<>();
        attestations.passedByOrganisation(period.start(), period.end()).forEach((k, v) -> counts.put(k, v.attestations()));
        yield bySchool(code, schoolList, counts);
      }
      case "3.4.stage", "3.5.stage", "3.6.stage" -> {
        ModelStage stage = switch (code.substring(0, 3)) {
          case "3.4" -> ModelStage.PILOT;
          case "3.5" -> ModelStage.ROLLOUT_FIRST;
          default -> ModelStage.ROLLOUT_SECOND;
        };
        yield new Breakdown(code, "SCHOOL", schools.atStage(stage, period.to()).stream()
            .map(s -> new Breakdown.Row(s.shortName(), 1, null, null))
            .toList());
      }
      case "6.3.courses" -> new Breakdown(code, "COURSE", courses.delivered(period.start(), period.end()).stream()
          .map(c -> new Breakdown.Row(c.title(), c.completed(), c.enrolled(), Indicator.percent(c.completed(), c.enrolled())))
          .toList());
      default -> throw new AcademyException(AcademyException.Kind.NOT_FOUND, "indicator.unknown");
    };
  }

  private static Breakdown bySchool(String code, List<SchoolIndicators.School> schoolList, Map<Long, Long> counts) {
    return new Breakdown(code, "SCHOOL", schoolList.stream()
        .map(s -> {
          long v = counts.getOrDefault(s.id(), 0L);
          return new Breakdown.Row(s.shortName(), v, s.staff(), Indicator.percent(v, s.staff()));
        })
        .toList());
  }

  /** Targets of 3.4–3.6 in percent of schools. */
  static int target(ModelStage stage) {
    return switch (stage) {
      case PILOT -> 15;
      case ROLLOUT_FIRST -> 45;
      case ROLLOUT_SECOND -> 40;
      case NONE -> 0;
    };
  }

  private static Indicator count(String item, String code, long value, String unit, BigDecimal target, boolean breakdown) {
    return new Indicator(item, code, text("indicator.name." + code), BigDecimal.valueOf(value), unit, target, false, null,
        null, false, null, breakdown);
  }

  private static Indicator shared(
      String item, String code, long value, String unit, long base, BigDecimal targetPercent, boolean breakdown) {
    return new Indicator(item, code, text("indicator.name." + code), BigDecimal.valueOf(value), unit, targetPercent,
        targetPercent != null, Indicator.percent(value, base), base, false, null, breakdown);
  }

  private static Indicator withNote(Indicator i, String note) {
    return new Indicator(i.item(), i.code(), i.name(), i.value(), i.unit(), i.target(), i.targetPercent(), i.share(), i.base(),
        i.manual(), note, i.breakdown());
  }

  private static String shortMeasure(String measure) {
    String flat = measure.replaceAll("\\s+", " ").strip();
    return flat.length() <= 160 ? flat : flat.substring(0, 157) + "…";
  }

  private static String text(String key, Object... args) {
    return Messages.text(Messages.RUSSIAN, key, args);
  }
}
