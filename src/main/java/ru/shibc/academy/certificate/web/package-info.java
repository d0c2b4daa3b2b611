/**
 * The certificate pages: the public verification page (a servlet), "Мои удостоверения", the
 * register with revoke, reissue, bulk issue and its files, the three-year cycle, and issuing by
 * hand on a course's participants page. Backing beans call the certificate services; downloads go
 * through the API with the page session.
 */
package ru.shibc.academy.certificate.web;
