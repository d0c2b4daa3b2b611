package ru.shibc.academy.webinar.bigbluebutton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole round: create with callbacks, people join and leave, end, both callbacks verified. */
class MeetingEndCallbacksTest {

  private BigBlueButtonDouble bbb;
  private HttpServer academy;
  private final CountDownLatch callbacks = new CountDownLatch(2);
  private final AtomicReference<Map<String, String>> endQuery = new AtomicReference<>();
  private final AtomicReference<MeetingAnalytics> analytics = new AtomicReference<>();

  @BeforeEach
  void start() throws IOException {
    bbb = BigBlueButtonDouble.start(BigBlueButtonDouble.DEFAULT_SECRET);
    EndCallbackSignature endSignature = new EndCallbackSignature(bbb.secret());
    AnalyticsCallbackVerifier verifier =
        new AnalyticsCallbackVerifier(bbb.secret(), Clock.systemUTC());
    academy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    academy.createContext(
        "/api/bbb/ended",
        exchange -> {
          Map<String, String> query = query(exchange);
          boolean ours = endSignature.verify(query.get("meetingID"), query.get("signature"));
          endQuery.set(query);
          answer(exchange, ours ? 204 : 401);
        });
    academy.createContext(
        "/api/bbb/analytics",
        exchange -> {
          int status = 202;
          try {
            verifier.verify(exchange.getRequestHeaders().getFirst("Authorization"));
            analytics.set(
                MeetingAnalytics.parse(
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          } catch (CallbackRejectedException e) {
            status = 401;
          }
          answer(exchange, status);
        });
    academy.start();
  }

  @AfterEach
  void stop() {
    bbb.close();
    academy.stop(0);
  }

  @Test
  void endingAMeetingCallsBothCallbacksWhichVerifyAndReadTheAttendance() throws Exception {
    BigBlueButtonClient client =
        new BigBlueButtonClient(BigBlueButtonConfig.of(bbb.serverUrl(), bbb.secret()));
    URI base = URI.create("http://127.0.0.1:" + academy.getAddress().getPort());
    client.create(
        CreateMeeting.of("webinar-42", "Вебинар")
            .withEndCallback(
                new EndCallbackSignature(bbb.secret())
                    .sign(base.resolve("/api/bbb/ended"), "webinar-42"))
            .withAnalyticsCallback(base.resolve("/api/bbb/analytics")));
    follow(
        client.joinUrl(
            JoinRequest.as(Role.MODERATOR, "webinar-42", "Мария").withUserId("person-1")));
    follow(
        client.joinUrl(JoinRequest.as(Role.VIEWER, "webinar-42", "Анна").withUserId("person-2")));
    bbb.leave("webinar-42", "person-2");

    client.end("webinar-42");

    assertTrue(callbacks.await(5, TimeUnit.SECONDS), "both callbacks arrive");
    assertEquals(List.of(204, 202), bbb.awaitCallbacks(2, java.time.Duration.ofSeconds(5)));
    assertEquals("false", endQuery.get().get("recordingmarks"));
    MeetingAnalytics received = analytics.get();
    assertEquals("webinar-42", received.meetingId());
    assertEquals(
        List.of(Optional.of("person-1"), Optional.of("person-2")),
        received.attendees().stream().map(AttendeeAttendance::externalUserId).toList());
    assertEquals(1, received.attendees().get(1).presences().size());
  }

  private void answer(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
    callbacks.countDown();
  }

  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> params = new HashMap<>();
    for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
    }
    return params;
  }

  private static void follow(URI joinUrl) throws Exception {
    HttpResponse<Void> response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(joinUrl).build(), HttpResponse.BodyHandlers.discarding());
    assertEquals(302, response.statusCode());
  }
}
