package ru.shibc.academy.webinar.consultation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.webinar.consultation.ConsultationBookings;
import ru.shibc.academy.webinar.consultation.ConsultationSlots;
import ru.shibc.academy.webinar.consultation.SlotSeries;

/**
 * Request bodies. Classes with public fields rather than records: Payara 6's OpenAPI generator
 * fails on constraint annotations on record components (payara/Payara#7649).
 */
public final class ConsultationForms {

  private ConsultationForms() {}

  /**
   * A slot, or a weekly series of {@code weeks} slots: the first day and the local times in {@code
   * zone} (the district's when absent), e.g. {@code {"date":"2026-12-01","from":"15:00","to":"15:30","weeks":4}}.
   */
  public static class SlotForm {
    public @NotBlank String date;
    public @NotBlank String from;
    public @NotBlank String to;
    public @Size(max = 60) String zone;
    public @Min(1) @Max(SlotSeries.MAX_WEEKS) Integer weeks;
    public @Size(max = 250) String topic;
    public @Size(max = 2000) String joinUrl;

    ConsultationSlots.Draft draft() {
      return new ConsultationSlots.Draft(
          parse("date", () -> LocalDate.parse(date.strip())), parse("from", () -> LocalTime.parse(from.strip())),
          parse("to", () -> LocalTime.parse(to.strip())), zone(zone), weeks == null ? 1 : weeks, topic, joinUrl);
    }
  }

  /** A booking, with the question the librarian brings (optional). */
  public static class BookingForm {
    public @Size(max = ConsultationBookings.MAX_QUESTION) String question;
  }

  /** A zone by its IANA name, the district's when absent; anything else is a 400 naming the field. */
  static ZoneId zone(String name) {
    if (name == null || name.isBlank()) {
      return Clocks.DISTRICT_ZONE;
    }
    try {
      return ZoneId.of(name.strip());
    } catch (java.time.DateTimeException e) {
      throw invalid("zone", "consultation.zone");
    }
  }

  private static <T> T parse(String field, java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (DateTimeParseException e) {
      throw invalid(field, field.equals("date") ? "validation.date" : "consultation.time");
    }
  }

  private static AcademyException invalid(String field, String key) {
    return new AcademyException(
        AcademyException.Kind.BAD_REQUEST, List.of(new AcademyException.FieldError(field, key)), "problem.validation");
  }
}
