package ru.shibc.academy.certificate.api;

import jakarta.ws.rs.QueryParam;
import ru.shibc.academy.certificate.CertificateRegister.Filter;
import ru.shibc.academy.certificate.CertificateStatus;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.api.QueryParams;

/** The register's filter as query parameters, shared by the list and every file of the register. */
public class RegisterQuery {

  @QueryParam("text")
  String text;

  @QueryParam("organisationId")
  Long organisationId;

  @QueryParam("personId")
  Long personId;

  @QueryParam("courseId")
  Long courseId;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  @QueryParam("status")
  String status;

  /** The checked filter: 400 for malformed parameters, 422 for a period that ends before it starts. */
  Filter filter() {
    Filter f =
        new Filter(
            QueryParams.text("text", text, 100), organisationId, personId, courseId, QueryParams.date("from", from),
            QueryParams.date("to", to), QueryParams.option("status", status, CertificateStatus.class));
    if (f.issuedFrom() != null && f.issuedTo() != null && f.issuedFrom().isAfter(f.issuedTo())) {
      throw AcademyException.invalid("certificate.periodReversed");
    }
    return f;
  }
}
