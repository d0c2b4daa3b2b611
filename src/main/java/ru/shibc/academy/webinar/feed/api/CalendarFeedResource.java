package ru.shibc.academy.webinar.feed.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.webinar.feed.CalendarFeeds;

/** The caller's personal calendar feed URL. */
@Path("me/calendar-feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
@Tag(name = "Calendar feed", description = "A personal iCalendar subscription URL with a secret token")
@SecurityRequirement(name = "bearer")
public class CalendarFeedResource {

  /** Whether the caller has a live feed, and since when; the URL itself is never shown again. */
  public record FeedState(boolean active, Instant createdAt) {}

  @Inject private CalendarFeeds feeds;
  @Inject private CurrentUser currentUser;

  @GET
  @Operation(summary = "Whether the caller has a live feed")
  public FeedState state() {
    return feeds.liveSince(me()).map(at -> new FeedState(true, at)).orElse(new FeedState(false, null));
  }

  @POST
  @Operation(summary = "Make a new feed URL; the previous one stops working. The URL is shown only in this answer.")
  @APIResponse(responseCode = "201", description = "The new URL")
  public Response create() {
    CalendarFeeds.Created created = feeds.create(me());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @DELETE
  @Operation(summary = "Revoke the caller's feed URL")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "404", description = "There was no live feed")
  public Response revoke() {
    if (!feeds.revoke(me())) {
      throw AcademyException.notFound("calendarFeed");
    }
    return Response.noContent().build();
  }

  private long me() {
    return currentUser.personId().orElseThrow(() -> AcademyException.invalid("consultation.noPerson"));
  }
}
