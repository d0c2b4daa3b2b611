/** The page frame: sign-in page, language switch, Faces messages and converters. */
package ru.shibc.academy.platform.web;
