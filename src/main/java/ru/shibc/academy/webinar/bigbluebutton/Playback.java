package ru.shibc.academy.webinar.bigbluebutton;

import java.net.URI;
import java.time.Duration;

/**
 * One way to watch a recording.
 *
 * @param type the format, e.g. {@code presentation}, {@code video} or {@code podcast}
 * @param url where to watch it
 * @param length how long it is (the server reports whole minutes)
 */
public record Playback(String type, URI url, Duration length) {}
