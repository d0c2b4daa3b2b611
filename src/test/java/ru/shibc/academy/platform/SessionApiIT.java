package ru.shibc.academy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.shibc.academy.it.Api;
import ru.shibc.academy.it.PageSession;
import ru.shibc.academy.it.RunningAcademy;

/** A page session may read through the API, never change through it (no cross-site requests). */
@ExtendWith(RunningAcademy.class)
class SessionApiIT {

  @Test
  void aSignedInPageSessionReadsTheApi() {
    PageSession admin = PageSession.signIn("admin", "demo");
    assertEquals(200, admin.get("/api/organisations").statusCode());
  }

  @Test
  void aSessionCookieAloneCannotChangeAnythingThroughTheApi() {
    PageSession admin = PageSession.signIn("admin", "demo");
    String name = "Группа без токена " + System.nanoTime();

    var reply = admin.send("POST", "/api/cohorts", "{\"name\":\"" + name + "\"}");

    assertEquals(401, reply.statusCode(), reply.body());
    assertTrue(Api.as("admin").get("/api/cohorts").body().indexOf(name) < 0, "nothing was created");
  }
}
