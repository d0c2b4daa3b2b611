package ru.shibc.academy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.RunningAcademy;

@ExtendWith(RunningAcademy.class)
class HealthIT {

  @Test
  void readinessReportsTheMigratedDatabase() {
    Api.Reply health = Api.anonymous().get("/health/ready");
    assertEquals(200, health.status());
    assertTrue(health.body().contains("\"database\""), health.body());
    assertTrue(health.body().contains("\"migrated\":\"true\""), health.body());
  }

  @Test
  void openApiDescribesTheApi() {
    Api.Reply openapi = Api.anonymous().get("/openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/people"), openapi.body());
    assertTrue(openapi.body().contains("/api/auth/token"), openapi.body());
  }

  @Test
  void metricsAreServed() {
    assertEquals(200, Api.anonymous().get("/metrics").status());
  }
}
