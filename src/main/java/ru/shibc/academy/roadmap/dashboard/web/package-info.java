/**
 * The pages under /department: the dashboard with its Chart.js charts (PrimeFaces p:chart takes
 * the chart's JSON configuration) and the drill-down to a school and a person.
 */
package ru.shibc.academy.roadmap.dashboard.web;
