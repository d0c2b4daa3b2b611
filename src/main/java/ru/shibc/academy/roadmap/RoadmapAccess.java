package ru.shibc.academy.roadmap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.security.CurrentUser;
import ru.shibc.academy.platform.security.Role;

/**
 * Who may do what with roadmaps. The department (and admin) runs them; a methodologist reads them
 * and works on the items they are responsible for (status, comments, evidence); librarians see
 * none of it.
 */
@RequestScoped
public class RoadmapAccess {

  @Inject private CurrentUser user;

  public boolean canRead() {
    return user.hasAny(Role.METHODOLOGIST, Role.DEPARTMENT, Role.ADMIN);
  }

  /** Edit roadmaps and items, add and remove items, copy, assign responsible persons. */
  public boolean canEdit() {
    return user.hasAny(Role.DEPARTMENT, Role.ADMIN);
  }

  /** Change the status, comment and add evidence: the editors, or the item's responsible methodologist. */
  public boolean canWorkOn(RoadmapItem item) {
    if (canEdit()) {
      return true;
    }
    return user.has(Role.METHODOLOGIST)
        && item.getResponsibleId() != null
        && user.personId().map(item.getResponsibleId()::equals).orElse(false);
  }

  void requireRead() {
    if (!canRead()) {
      throw AcademyException.forbidden();
    }
  }

  void requireEdit() {
    if (!canEdit()) {
      throw AcademyException.forbidden();
    }
  }

  void requireWork(RoadmapItem item) {
    if (!canWorkOn(item)) {
      throw AcademyException.forbidden();
    }
  }
}
