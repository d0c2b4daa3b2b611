/**
 * The demo district's work on the seed 2019–2021 roadmap: statuses (most done, some overdue),
 * responsible persons, a few evidence documents printed as real PDFs, and comments in Russian.
 */
package ru.shibc.academy.roadmap.demo;
