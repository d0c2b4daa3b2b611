/** /api/dashboard: the department's figures as JSON, and each of its tables as XLSX or CSV. */
package ru.shibc.academy.roadmap.dashboard.api;
