package ru.shibc.academy.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualificationCycleTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private static CycleState state(LocalDate last) {
    return QualificationCycle.standing(null, last, TODAY).state();
  }

  @Test
  void theDueDateIsThreeYearsAfterTheLastTraining() {
    assertEquals(LocalDate.of(2027, 3, 1), QualificationCycle.standing(null, LocalDate.of(2024, 3, 1), TODAY).dueOn());
  }

  @Test
  void statesAtTheirBoundaries() {
    assertEquals(CycleState.NEVER, state(null));
    assertNull(QualificationCycle.standing(null, null, TODAY).dueOn());
    assertEquals(CycleState.OVERDUE, state(LocalDate.of(2023, 11, 25)), "due yesterday");
    assertEquals(CycleState.DUE_SOON, state(LocalDate.of(2023, 11, 26)), "due today");
    assertEquals(CycleState.DUE_SOON, state(LocalDate.of(2024, 5, 26)), "due in exactly six months");
    assertEquals(CycleState.CURRENT, state(LocalDate.of(2024, 5, 27)));
    assertEquals(CycleState.CURRENT, state(LocalDate.of(2026, 3, 27)));
  }

  @Test
  void signatoriesAreReadFromTheirConfiguredForm() {
    assertEquals(
        List.of(new Issuer.Signatory("Директор", "Н. В. Белова"), new Issuer.Signatory("", "Е. С. Орлова")),
        Issuer.parse(" Директор | Н. В. Белова ;; Е. С. Орлова "));
  }
}
