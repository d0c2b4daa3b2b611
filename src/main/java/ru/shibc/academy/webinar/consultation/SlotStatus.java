package ru.shibc.academy.webinar.consultation;

/** Whether a slot is offered ({@code OPEN}, booked or not) or withdrawn by its methodologist. */
public enum SlotStatus {
  OPEN,
  CANCELLED
}
