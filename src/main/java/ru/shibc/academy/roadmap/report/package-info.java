/**
 * Quarterly monitoring reports (roadmap item 8.1): a snapshot of the roadmap and its indicators
 * for a quarter, rendered once as PDF and XLSX and stored with its JSON; never changed afterwards,
 * regenerated as a new version. A quarter-end timer makes version 1 on every node; the table's
 * unique key lets exactly one of them store it.
 */
package ru.shibc.academy.roadmap.report;
