package ru.shibc.academy.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A post to a stateless page is processed only with the session's {@link FormGuard}: without it
 * (a form from another site, or from before the session changed) nothing is applied or invoked
 * and the page says it has expired.
 */
public class StatelessPostCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() || faces.getViewRoot() == null || !faces.getViewRoot().isTransient()) {
      return;
    }
    String posted = faces.getExternalContext().getRequestParameterMap().get(FormGuard.FIELD);
    if (!CDI.current().select(FormGuard.class).get().accepts(posted)) {
      Pages.error("page.expired");
      faces.renderResponse();
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {}
}
