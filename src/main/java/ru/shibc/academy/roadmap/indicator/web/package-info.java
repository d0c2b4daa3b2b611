/** The indicators page, /roadmap/indicators.xhtml. */
package ru.shibc.academy.roadmap.indicator.web;
