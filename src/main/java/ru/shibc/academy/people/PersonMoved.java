package ru.shibc.academy.people;

/**
 * A person now works at another organisation. Fired inside the transaction that moved them, after
 * the change is written, so that figures other features keep per organisation can follow in the
 * same transaction (the webinar feature's monthly participation summary does).
 */
public record PersonMoved(long personId, long fromOrganisationId, long toOrganisationId) {}
