/**
 * Demo webinars: a past series with attendance (and the district's методическое объединение
 * meeting twice a year), and upcoming ones with registrations and a waitlist.
 */
package ru.shibc.academy.webinar.demo;
