/** Demo mode and the start-up event that asks each feature for its demo data. */
package ru.shibc.academy.platform.demo;
