package ru.shibc.academy.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.shibc.academy.certificate.BulkIssue;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;
import ru.shibc.academy.platform.web.Pages;

/** "Выдать по курсу" on the register: every missing certificate of a course's completions at once. */
@Named("bulkIssueView")
@ViewScoped
public class BulkIssueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BulkIssue bulkIssue;
  @Inject private CurrentUser currentUser;

  private Long courseId;
  private String reason;
  private Integer issued;

  public void start() {
    courseId = null;
    reason = null;
    issued = null;
  }

  public void issue() {
    if (!currentUser.hasAny(Role.METHODOLOGIST, Role.ADMIN)) {
      Pages.refused(AcademyException.forbidden());
      return;
    }
    if (courseId == null) {
      Pages.error("certificates.bulk.courseRequired");
      return;
    }
    String why = CertificateInput.reason(reason);
    if (why == null) {
      return;
    }
    Pages.attempt(() -> bulkIssue.forCourse(courseId, why))
        .ifPresent(
            n -> {
              issued = n;
              Pages.info(n == 0 ? "certificates.bulk.noneMissing" : "certificates.bulk.issued", n);
            });
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Integer getIssued() {
    return issued;
  }
}
