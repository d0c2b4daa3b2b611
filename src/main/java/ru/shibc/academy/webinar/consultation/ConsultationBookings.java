package ru.shibc.academy.webinar.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.util.Map;
import ru.shibc.academy.people.Person;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.audit.AuditLog;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;

/**
 * Booking a slot and cancelling a booking. A booking takes the slot's row lock first, so
 * concurrent bookings of one slot queue up and each later one finds it taken (409); the unique
 * key on the live booking is the last word should anything slip past.
 */
@ApplicationScoped
public class ConsultationBookings {

  public static final int MAX_QUESTION = 2000;

  /** What the audit log keeps of a cancellation. */
  public record Cancelled(long slotId, long personId, String by) {}

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;
  @Inject private ConsultationSlots slots;
  @Inject private ConsultationNotices notices;

  @Transactional
  public ConsultationBooking book(long slotId, long personId, String question) {
    String clean = question == null || question.isBlank() ? null : question.strip();
    if (clean != null && clean.length() > MAX_QUESTION) {
      throw AcademyException.invalid("consultation.book.questionLength", MAX_QUESTION);
    }
    ConsultationSlot slot = em.find(ConsultationSlot.class, slotId, LockModeType.PESSIMISTIC_WRITE);
    if (slot == null) {
      throw AcademyException.notFound("consultationSlot");
    }
    if (slot.getStatus() == SlotStatus.CANCELLED) {
      throw AcademyException.conflict("consultation.book.slotCancelled");
    }
    if (!slot.getStartsAt().isAfter(clock.instant())) {
      throw AcademyException.invalid("consultation.book.started");
    }
    if (slot.getMethodologistId() == personId) {
      throw AcademyException.invalid("consultation.book.own");
    }
    if (slots.liveBooking(slotId).isPresent()) {
      throw AcademyException.conflict("consultation.book.taken");
    }
    ConsultationBooking booking = new ConsultationBooking(slotId, personId, clean, clock.instant());
    try {
      em.persist(booking);
      slot.changed();
      em.flush();
    } catch (PersistenceException e) {
      if (duplicate(e)) {
        throw AcademyException.conflict("consultation.book.taken");
      }
      throw e;
    }
    Map<Long, Person> people = slots.people(slot.getMethodologistId(), personId);
    notices.booked(slot, booking, people.get(slot.getMethodologistId()), people.get(personId));
    audit.record("consultation.book", "consultationSlot", slotId, null, booking.getId());
    return booking;
  }

  /**
   * Cancels a live booking: its librarian, the slot's methodologist or an administrator may. The
   * slot is free again at once.
   */
  @Transactional
  public ConsultationBooking cancel(long bookingId, Long callerPersonId) {
    ConsultationBooking found = em.find(ConsultationBooking.class, bookingId);
    if (found == null) {
      throw AcademyException.notFound("consultationBooking");
    }
    ConsultationSlot slot = em.find(ConsultationSlot.class, found.getSlotId(), LockModeType.PESSIMISTIC_WRITE);
    ConsultationBooking booking = found;
    em.refresh(booking, LockModeType.PESSIMISTIC_WRITE); // the latest state, under the slot's lock
    boolean involved =
        callerPersonId != null
            && (callerPersonId == booking.getPersonId() || callerPersonId == slot.getMethodologistId());
    if (!involved && !currentUser.has(Role.ADMIN)) {
      throw AcademyException.notFound("consultationBooking");
    }
    if (!booking.isLive()) {
      throw AcademyException.conflict("consultation.booking.alreadyCancelled");
    }
    booking.cancel(clock.instant(), currentUser.username());
    slot.changed();
    em.flush();
    Map<Long, Person> people = slots.people(slot.getMethodologistId(), booking.getPersonId());
    notices.cancelled(slot, booking, people.get(slot.getMethodologistId()), people.get(booking.getPersonId()));
    audit.record(
        "consultation.cancelBooking", "consultationSlot", slot.getId(), null,
        new Cancelled(slot.getId(), booking.getPersonId(), currentUser.username()));
    return booking;
  }

  private static boolean duplicate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return true;
      }
    }
    return false;
  }
}
