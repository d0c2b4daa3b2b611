package ru.shibc.academy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  private final Organisation school = new Organisation(OrganisationKind.SCHOOL, "МБОУ «Берёзовская СОШ»", "Берёзовская СОШ");

  @Test
  void aNewSchoolHasNotStartedTheModel() {
    assertEquals(ModelStage.NONE, school.getModelStage());
    assertNull(school.getModelStageReachedOn());
  }

  @Test
  void aSchoolReachesAStageOnADate() {
    school.placeAtStage(ModelStage.PILOT, LocalDate.of(2019, 9, 1));
    assertEquals(ModelStage.PILOT, school.getModelStage());
    assertEquals("3.4", school.getModelStage().roadmapItem());
    assertEquals(LocalDate.of(2019, 9, 1), school.getModelStageReachedOn());
  }

  @Test
  void aStageNeedsTheDateItWasReached() {
    assertThrows(IllegalArgumentException.class, () -> school.placeAtStage(ModelStage.ROLLOUT_FIRST, null));
  }

  @Test
  void goingBackToNoStageForgetsTheDate() {
    school.placeAtStage(ModelStage.ROLLOUT_SECOND, LocalDate.of(2021, 3, 1));
    school.placeAtStage(ModelStage.NONE, LocalDate.of(2021, 3, 1));
    assertNull(school.getModelStageReachedOn());
  }

  @Test
  void onlySchoolsHaveAStage() {
    Organisation office = new Organisation(OrganisationKind.METHODOLOGICAL_OFFICE, "Районный методический кабинет", "РМК");
    assertNull(office.getModelStage());
    assertThrows(IllegalArgumentException.class, () -> office.placeAtStage(ModelStage.PILOT, LocalDate.of(2019, 1, 1)));
  }
}
