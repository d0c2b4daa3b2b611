/**
 * Our own small client for the BigBlueButton API: {@code create}, signed {@code join} URLs, {@code
 * end}, {@code getMeetingInfo} and {@code getRecordings} through {@link
 * ru.shibc.academy.webinar.bigbluebutton.BigBlueButtonClient}, and the receiving side of the two
 * callbacks the server makes when a meeting ends ({@link
 * ru.shibc.academy.webinar.bigbluebutton.EndCallbackSignature}, {@link
 * ru.shibc.academy.webinar.bigbluebutton.AnalyticsCallbackVerifier}, {@link
 * ru.shibc.academy.webinar.bigbluebutton.MeetingAnalytics}).
 *
 * <p>Why not the official {@code bigbluebutton-api-java}: we need five calls and two callbacks. The
 * official client brings its own HTTP and XML dependency tree into a WAR that already carries many
 * libraries, and it would still leave the callbacks to us. {@code java.net.http.HttpClient}, the
 * JDK's StAX and {@code javax.crypto} do all of it with nothing added, and with the timeouts, the
 * DOCTYPE refusal and the typed exceptions this platform needs (a page must say what happened when
 * the server is down, slow or answering nonsense). The price is keeping up with API changes
 * ourselves; the calls used here have been stable since 2.4.
 *
 * <p>Sources: the API reference (docs.bigbluebutton.org, "API Reference": security model, create,
 * join, end, getMeetingInfo, getRecordings, end meeting callback URL) and, for the analytics
 * callback, which the reference does not describe, BigBlueButton's {@code
 * record-and-playback/core/scripts/post_events/post_events_analytics_callback.rb}.
 *
 * <p>Plain Java with the JSON-P API: no CDI, no JPA, nothing else of ours. The webinar feature
 * configures it and turns its answers into attendance records.
 */
package ru.shibc.academy.webinar.bigbluebutton;
