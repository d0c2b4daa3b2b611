package ru.shibc.academy.platform.demo;

/**
 * Fired once at start-up in demo mode, after the migrations. Each feature observes it with a
 * {@code @Priority} that puts it after the features its data stands on (people first, at 100),
 * and loads its demo data only where it has none yet.
 *
 * @param password the shared hash of the demo password "demo", computed once
 */
public record DemoDataRequested(String passwordHash) {}
