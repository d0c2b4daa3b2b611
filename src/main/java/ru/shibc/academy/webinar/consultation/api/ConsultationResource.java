package ru.shibc.academy.webinar.consultation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.Bodies;
import ru.shibc.academy.platform.api.QueryParams;
import ru.shibc.academy.platform.files.Downloads;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.webinar.consultation.ConsultationBoard;
import ru.shibc.academy.webinar.consultation.ConsultationBooking;
import ru.shibc.academy.webinar.consultation.ConsultationBookings;
import ru.shibc.academy.webinar.consultation.ConsultationCalendar;
import ru.shibc.academy.webinar.consultation.ConsultationSlot;
import ru.shibc.academy.webinar.consultation.ConsultationSlots;

/** Online consultations: methodologists' slots, librarians' bookings. */
@Path("consultations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consultations", description = "A methodologist's time slots and librarians' bookings of them")
@SecurityRequirement(name = "bearer")
public class ConsultationResource {

  @Inject private ConsultationSlots slots;
  @Inject private ConsultationBookings bookings;
  @Inject private ConsultationBoard board;
  @Inject private ConsultationCalendar calendar;
  @Inject private CurrentUser currentUser;

  @GET
  @Path("slots")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Free slots of all methodologists, soonest first")
  public List<SlotView> free(@QueryParam("zone") String zone) {
    ZoneId z = zone(zone);
    return board.free().stream().map(line -> SlotView.of(line, z)).toList();
  }

  @POST
  @Path("slots")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.METHODOLOGIST)
  @Operation(summary = "Publish a slot, or a weekly series of slots (weeks > 1)")
  @APIResponse(responseCode = "201", description = "The slots published")
  @APIResponse(responseCode = "422", description = "In the past, overlapping the caller's slots, or an invalid link")
  public Response publish(ConsultationForms.SlotForm form) {
    Bodies.valid(form);
    ZoneId z = ConsultationForms.zone(form.zone);
    List<ConsultationSlot> published = slots.publish(me(), form.draft());
    List<SlotView> views = published.stream().map(s -> SlotView.of(s, null, null, null, z)).toList();
    return Response.created(URI.create("consultations/slots/mine")).entity(views).build();
  }

  @GET
  @Path("slots/mine")
  @RolesAllowed(Role.Names.METHODOLOGIST)
  @Operation(summary = "The caller's slots from 60 days ago on, each with its live booking")
  public List<SlotView> mine(@QueryParam("zone") String zone) {
    ZoneId z = zone(zone);
    return board.ofMethodologist(me()).stream().map(line -> SlotView.of(line, z)).toList();
  }

  @POST
  @Path("slots/{id}/cancel")
  @RolesAllowed({Role.Names.METHODOLOGIST, Role.Names.ADMIN})
  @Operation(summary = "Withdraw a slot; its booking, if any, is cancelled and both sides are told")
  public SlotView cancelSlot(@PathParam("id") long id, @QueryParam("zone") String zone) {
    ConsultationSlot slot = slots.cancel(id, currentUser.personId().orElse(null));
    return SlotView.of(slot, null, null, null, zone(zone));
  }

  @POST
  @Path("slots/{id}/bookings")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Book a free slot, with an optional question")
  @APIResponse(responseCode = "201", description = "Booked; both sides get an e-mail with the .ics")
  @APIResponse(responseCode = "409", description = "Somebody else has booked it, or it was withdrawn")
  public Response book(@PathParam("id") long id, ConsultationForms.BookingForm form, @QueryParam("zone") String zone) {
    ZoneId z = zone(zone);
    String question = form == null ? null : Bodies.valid(form).question;
    ConsultationBooking booking = bookings.book(id, me(), question);
    return Response.created(URI.create("consultations/bookings/" + booking.getId()))
        .entity(BookingView.of(board.booking(booking.getId(), me(), false), z))
        .build();
  }

  @GET
  @Path("bookings/mine")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "The caller's bookings from 60 days ago on, cancelled ones included")
  public List<BookingView> myBookings(@QueryParam("zone") String zone) {
    ZoneId z = zone(zone);
    return board.ofLibrarian(me()).stream().map(line -> BookingView.of(line, z)).toList();
  }

  @POST
  @Path("bookings/{id}/cancel")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "Cancel a booking (its librarian or the slot's methodologist); the slot is free again")
  public BookingView cancelBooking(@PathParam("id") long id, @QueryParam("zone") String zone) {
    ZoneId z = zone(zone);
    Long caller = currentUser.personId().orElse(null);
    bookings.cancel(id, caller);
    return BookingView.of(board.booking(id, caller, currentUser.has(Role.ADMIN)), z);
  }

  @GET
  @Path("bookings/{id}.ics")
  @Produces("text/calendar")
  @RolesAllowed({Role.Names.LEARNER, Role.Names.METHODOLOGIST, Role.Names.DEPARTMENT, Role.Names.ADMIN})
  @Operation(summary = "The booking as an iCalendar file (RFC 5545)")
  public Response ics(@PathParam("id") long id) {
    ConsultationBoard.BookingLine line =
        board.booking(id, currentUser.personId().orElse(null), currentUser.has(Role.ADMIN));
    String text = calendar.file(line.slot(), line.booking(), line.methodologist(), line.librarian());
    return Downloads.of("consultation-" + id + ".ics", "text/calendar; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
  }

  private long me() {
    return currentUser.personId().orElseThrow(() -> AcademyException.invalid("consultation.noPerson"));
  }

  private static ZoneId zone(String zone) {
    QueryParams.text("zone", zone, 60);
    return ConsultationForms.zone(zone);
  }
}
