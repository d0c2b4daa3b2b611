/**
 * Reading the district's roadmap from its seed text: the Word table of the 2019–2021 plan
 * («дорожная карта») exported as plain text, turned into sections and items with each item's
 * timeframe parsed into a period and an optional recurrence.
 *
 * <p>{@link ru.shibc.academy.roadmap.seed.RoadmapSeedParser} reads the text into a {@link
 * ru.shibc.academy.roadmap.seed.SeedRoadmap}; {@link ru.shibc.academy.roadmap.seed.Timeframe}
 * parses one timeframe such as «2019-2021 годы, не реже 2 раз в год». Nothing here persists
 * anything: whoever loads the roadmap into the database (a migration or an importer) takes the
 * records and saves them itself. The file format and the judgement calls are described in {@code
 * docs/ROADMAP-SEED.md}.
 *
 * <p>Depends on the JDK only. Must not depend on CDI, JPA, JSF or any other feature's package, so
 * that it stays plain Java, testable without a container.
 */
package ru.shibc.academy.roadmap.seed;
