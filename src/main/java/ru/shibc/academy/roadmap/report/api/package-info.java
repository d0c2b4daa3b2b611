/** /api/monitoring-reports: generate, list and download the quarterly reports. */
package ru.shibc.academy.roadmap.report.api;
