/**
 * What every feature uses: database, security, API plumbing, audit, languages, demo mode, time,
 * concurrent reads and the page frame. Depends on no feature.
 */
package ru.shibc.academy.platform;
