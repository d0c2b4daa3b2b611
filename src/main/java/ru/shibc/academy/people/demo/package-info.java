/** The demo district loaded in demo mode. */
package ru.shibc.academy.people.demo;
