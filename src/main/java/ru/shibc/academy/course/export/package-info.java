/** A course's participants as XLSX and CSV files. */
package ru.shibc.academy.course.export;
