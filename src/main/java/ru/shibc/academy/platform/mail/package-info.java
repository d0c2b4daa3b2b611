/**
 * Outgoing e-mail through a database outbox: features enqueue messages with a dedupe key, and a
 * sender on any node claims and sends them over SMTP. Depends on nothing but the database.
 */
package ru.shibc.academy.platform.mail;
