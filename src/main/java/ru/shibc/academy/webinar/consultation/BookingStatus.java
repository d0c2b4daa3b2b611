package ru.shibc.academy.webinar.consultation;

/** A booking is live while {@code BOOKED} (or {@code HELD} after the fact); a cancelled one frees the slot. */
public enum BookingStatus {
  BOOKED,
  CANCELLED,
  HELD
}
