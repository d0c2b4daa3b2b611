/** Backing beans of the pages under /people and the home page. */
package ru.shibc.academy.people.web;
