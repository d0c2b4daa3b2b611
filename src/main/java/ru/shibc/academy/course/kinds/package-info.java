/** The built-in activity kinds (page, link or video, file, assignment), each an ActivityType bean. */
package ru.shibc.academy.course.kinds;
