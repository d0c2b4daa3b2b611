package ru.shibc.academy.roadmap.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.shibc.academy.platform.web.Pages;
import ru.shibc.academy.roadmap.Roadmap;
import ru.shibc.academy.roadmap.RoadmapAccess;
import ru.shibc.academy.roadmap.RoadmapProgress;
import ru.shibc.academy.roadmap.Roadmaps;

/** The list of roadmaps with their progress, and the dialog that starts a new one by copying. */
@Named("roadmapsPage")
@ViewScoped
public class RoadmapsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Roadmaps roadmaps;
  @Inject private RoadmapAccess access;

  /** One row of the list. */
  public record Row(Roadmap roadmap, RoadmapProgress progress) {}

  private transient List<Row> rows;
  private Long sourceId;
  private String sourceTitle;
  private String title;
  private Integer startYear;

  public List<Row> getRows() {
    if (rows == null) {
      rows =
          roadmaps.list().stream()
              .map(r -> new Row(r, RoadmapProgress.of(roadmaps.items(r.getId()), roadmaps.today())))
              .toList();
    }
    return rows;
  }

  public boolean isMayEdit() {
    return access.canEdit();
  }

  /** Opens the copy dialog for a roadmap: the next period of the same length, by default. */
  public void startCopy(Roadmap source) {
    sourceId = source.getId();
    sourceTitle = source.getTitle();
    int years = source.getPeriodEnd().getYear() - source.getPeriodStart().getYear() + 1;
    startYear = Math.max(source.getPeriodStart().getYear() + years, roadmaps.today().getYear());
    title = null;
  }

  public String copy() {
    return Pages.attempt(() -> roadmaps.copy(sourceId, new Roadmaps.CopyRequest(title, startYear == null ? 0 : startYear)))
        .map(
            copy -> {
              Pages.info("roadmap.copied", copy.getTitle());
              jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
              return "/roadmap/roadmap?faces-redirect=true&id=" + copy.getId();
            })
        .orElse(null);
  }

  public String getSourceTitle() {
    return sourceTitle;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Integer getStartYear() {
    return startYear;
  }

  public void setStartYear(Integer startYear) {
    this.startYear = startYear;
  }
}
