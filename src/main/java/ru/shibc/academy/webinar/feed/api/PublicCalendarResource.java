package ru.shibc.academy.webinar.feed.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.Problem;
import ru.shibc.academy.platform.api.Requests;
import ru.shibc.academy.webinar.feed.CalendarFeeds;
import ru.shibc.academy.webinar.feed.FeedLimiter;
import ru.shibc.academy.webinar.feed.PersonalCalendar;

/**
 * The feed a calendar subscribes to. No login: calendars cannot sign in, so the secret token in
 * the path is the key. An unknown, revoked and malformed token get the same 404.
 */
@Path("public/calendar")
@RequestScoped
@PermitAll
@Tag(name = "Calendar feed")
public class PublicCalendarResource {

  @Inject private CalendarFeeds feeds;
  @Inject private PersonalCalendar calendar;
  @Inject private FeedLimiter limiter;
  @Context private HttpServletRequest request;
  @Context private HttpHeaders headers;

  @GET
  @Path("{token}.ics")
  @Produces("text/calendar")
  @Operation(summary = "A person's webinars and consultations as iCalendar (RFC 5545)")
  @APIResponse(responseCode = "200", description = "The VCALENDAR")
  @APIResponse(responseCode = "404", description = "No live feed has this token")
  @APIResponse(responseCode = "429", description = "Too many requests from this client address")
  public Response feed(@PathParam("token") String token) {
    if (!limiter.allows(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"))) {
      return Response.fromResponse(Problem.of(Requests.locale(headers), 429, "calendarFeed.tooMany").toResponse())
          .header("Retry-After", limiter.retryAfterSeconds())
          .build();
    }
    long person = feeds.owner(token).orElseThrow(() -> AcademyException.notFound("calendarFeed"));
    return Response.ok(calendar.of(person).getBytes(StandardCharsets.UTF_8))
        .type("text/calendar; charset=UTF-8")
        .header("Cache-Control", "private, no-cache")
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Robots-Tag", "noindex")
        .build();
  }
}
