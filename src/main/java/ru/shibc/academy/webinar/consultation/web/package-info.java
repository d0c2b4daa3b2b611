/**
 * The consultation pages: "Мои консультации" for a methodologist ({@code /teaching/consultations})
 * and "Консультации" for a librarian ({@code /me/consultations}). Thin beans over the services.
 */
package ru.shibc.academy.webinar.consultation.web;
