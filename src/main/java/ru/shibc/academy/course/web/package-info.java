/** Backing beans of the course pages: catalogue, course page, my learning, editor, participants, grading. */
package ru.shibc.academy.course.web;
