/** /api/indicators: the indicators of a period, their breakdowns, files and manual values. */
package ru.shibc.academy.roadmap.indicator.api;
