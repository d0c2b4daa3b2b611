package ru.shibc.academy.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import org.primefaces.PrimeFaces;
import ru.shibc.academy.certificate.Certificates;
import ru.shibc.academy.course.Courses;
import ru.shibc.academy.course.Enrolment;
import ru.shibc.academy.course.EnrolmentStatus;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.platform.web.Pages;

/**
 * "Выдать удостоверение" on a course's participants page: a completed participant of a
 * certificate-granting course who has none gets one by hand, with the reason on record. It lives
 * here rather than in the course's page bean, since certificates stand on courses, not the reverse.
 */
@Named("participantCertificates")
@ViewScoped
public class ParticipantCertificatesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Certificates certificates;
  @Inject private Courses courses;
  @Inject private CurrentUser currentUser;

  private Long courseId;
  private Set<Long> missing;

  private Long enrolmentId;
  private String holder;
  private String reason;
  private String blankSeries;
  private String blankNumber;

  /** Whether this completed enrolment still waits for its certificate. */
  public boolean lacksCertificate(long course, Enrolment enrolment) {
    if (enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
      return false;
    }
    if (missing == null || courseId == null || courseId != course) {
      courseId = course;
      missing =
          courses.get(course).grantsCertificate()
              ? new HashSet<>(certificates.enrolmentsWithoutCertificate(course))
              : Set.of();
    }
    return missing.contains(enrolment.getId());
  }

  public void start(long enrolment, String fullName) {
    enrolmentId = enrolment;
    holder = fullName;
    reason = null;
    blankSeries = null;
    blankNumber = null;
  }

  public void issue() {
    if (!currentUser.hasAny(Role.METHODOLOGIST, Role.ADMIN)) {
      Pages.refused(AcademyException.forbidden());
      return;
    }
    String why = CertificateInput.reason(reason);
    Certificates.Blank blank = why == null ? null : CertificateInput.blank(blankSeries, blankNumber);
    if (blank == null) {
      return;
    }
    Pages.attempt(() -> certificates.issueManually(enrolmentId, why, blank))
        .ifPresent(
            issued -> {
              missing = null;
              Pages.info("certificates.issued", issued.getRegistrationNumber(), holder);
              PrimeFaces.current().executeScript("PF('issueDialog').hide()");
            });
  }

  public String getHolder() {
    return holder;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getBlankSeries() {
    return blankSeries;
  }

  public void setBlankSeries(String blankSeries) {
    this.blankSeries = blankSeries;
  }

  public String getBlankNumber() {
    return blankNumber;
  }

  public void setBlankNumber(String blankNumber) {
    this.blankNumber = blankNumber;
  }
}
