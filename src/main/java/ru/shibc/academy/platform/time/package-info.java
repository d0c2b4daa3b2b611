/** The clock every service reads and the district's time zone. */
package ru.shibc.academy.platform.time;
