/** The demo courses and learners at different stages, loaded in demo mode. */
package ru.shibc.academy.course.demo;
