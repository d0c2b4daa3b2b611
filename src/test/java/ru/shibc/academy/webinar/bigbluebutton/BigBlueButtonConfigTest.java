package ru.shibc.academy.webinar.bigbluebutton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BigBlueButtonConfigTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://bbb.example.ru/bigbluebutton/",
        "https://bbb.example.ru/bigbluebutton",
        "https://bbb.example.ru/bigbluebutton/api",
        "https://bbb.example.ru/bigbluebutton/api/"
      })
  void acceptsTheServerUrlWithOrWithoutTheApiPart(String url) {
    BigBlueButtonConfig config = BigBlueButtonConfig.of(URI.create(url), "secret");

    assertEquals(URI.create("https://bbb.example.ru/bigbluebutton/api/"), config.apiUrl());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"bbb.example.ru/bigbluebutton", "ftp://bbb.example.ru/", "https://h/?a=b"})
  void refusesAUrlThatIsNotAnHttpServer(String url) {
    assertThrows(
        IllegalArgumentException.class, () -> BigBlueButtonConfig.of(URI.create(url), "secret"));
  }

  @Test
  void refusesAMissingSecret() {
    assertThrows(
        IllegalArgumentException.class,
        () -> BigBlueButtonConfig.of(URI.create("https://bbb.example.ru/bigbluebutton/"), " "));
  }

  @Test
  void keepsTheSecretOutOfToString() {
    BigBlueButtonConfig config =
        BigBlueButtonConfig.of(URI.create("https://bbb.example.ru/bigbluebutton/"), "s3cr3t-salt");

    assertFalse(config.toString().contains("s3cr3t-salt"));
  }
}
