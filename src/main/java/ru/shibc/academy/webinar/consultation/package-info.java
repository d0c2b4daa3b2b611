/**
 * Online consultations: a methodologist publishes time slots (one by one or as a weekly series), a
 * librarian books a free one with a question, either side cancels. At most one live booking per
 * slot, held by the unique key on {@code consultation_bookings.live_slot_id}; a methodologist's
 * slots never overlap, checked under a lock on their {@code people} row. Both sides get an e-mail
 * through the outbox with the booking's {@code .ics} (see {@code webinar.calendar}).
 *
 * <p>Depends on the platform, {@code people} and {@code webinar.calendar}; nothing depends on it
 * but its own {@code api}, {@code web}, {@code demo} and the personal feed ({@code webinar.feed}).
 */
package ru.shibc.academy.webinar.consultation;
