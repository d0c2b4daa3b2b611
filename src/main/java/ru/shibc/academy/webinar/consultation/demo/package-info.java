/** Demo consultations: the methodologists' slots in the coming weeks, some booked by demo librarians. */
package ru.shibc.academy.webinar.consultation.demo;
