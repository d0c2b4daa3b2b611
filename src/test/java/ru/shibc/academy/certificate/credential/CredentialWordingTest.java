package ru.shibc.academy.certificate.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialWordingTest {

  @ParameterizedTest
  @CsvSource({
    "1, часа",
    "11, часов",
    "16, часов",
    "21, часа",
    "24, часов",
    "36, часов",
    "72, часов",
    "101, часа",
    "111, часов"
  })
  void putsHoursInTheGenitiveThatFollowsVObyome(int hours, String word) {
    assertEquals(word, CredentialWording.hoursInGenitive(hours));
  }

  @Test
  void criteriaNamesTheProgrammeAndItsVolume() {
    assertEquals(
        "Освоил(а) дополнительную профессиональную программу повышения квалификации "
            + "«Школьный информационно-библиотечный центр: организация работы» в объёме 36 часов",
        CredentialWording.criteria(SampleCertificate.data().programme()));
  }
}
