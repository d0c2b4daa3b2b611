/** The reports page, /roadmap/reports.xhtml. */
package ru.shibc.academy.roadmap.report.web;
