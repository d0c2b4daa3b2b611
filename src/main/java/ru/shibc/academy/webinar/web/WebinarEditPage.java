package ru.shibc.academy.webinar.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ru.shibc.academy.people.Cohort;
import ru.shibc.academy.people.Cohorts;
import ru.shibc.academy.people.Organisation;
import ru.shibc.academy.people.Organisations;
import ru.shibc.academy.platform.api.AcademyException;
import ru.shibc.academy.platform.time.Clocks;
import ru.shibc.academy.platform.web.Pages;
import ru.shibc.academy.webinar.Audience;
import ru.shibc.academy.webinar.BigBlueButtonSettings;
import ru.shibc.academy.webinar.ProviderKind;
import ru.shibc.academy.webinar.Webinar;
import ru.shibc.academy.webinar.WebinarDraft;
import ru.shibc.academy.webinar.WebinarKind;
import ru.shibc.academy.webinar.Webinars;

/** Scheduling or editing a webinar (a methodologist); the start is entered in the district's time. */
@Named("webinarEdit")
@ViewScoped
public class WebinarEditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Webinars webinars;
  @Inject private Organisations organisations;
  @Inject private Cohorts cohorts;
  @Inject private BigBlueButtonSettings bigBlueButton;

  private Long id;
  private boolean loaded;
  private WebinarKind kind = WebinarKind.WEBINAR;
  private String title;
  private String description;
  private String speakers;
  private LocalDateTime startsAt;
  private Integer durationMinutes = 60;
  private Integer capacity;
  private Audience audience = Audience.ALL;
  private List<Long> organisationIds = new ArrayList<>();
  private List<Long> cohortIds = new ArrayList<>();
  private String roadmapItems;
  private ProviderKind provider = ProviderKind.LINK;
  private String joinUrl;
  private Integer joinOpensMinutes = 15;

  /** Fills the form from the webinar being edited, once per view. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (!webinars.mayManage()) {
      throw AcademyException.forbidden();
    }
    if (id == null) {
      return;
    }
    Webinar w = webinars.get(id);
    kind = w.kind();
    title = w.title();
    description = w.description();
    speakers = w.speakers();
    startsAt = w.startsAt().atZone(Clocks.DISTRICT_ZONE).toLocalDateTime();
    durationMinutes = w.durationMinutes();
    capacity = w.capacity();
    audience = w.audience();
    organisationIds = new ArrayList<>(webinars.audienceOf(id).get("organisations"));
    cohortIds = new ArrayList<>(webinars.audienceOf(id).get("cohorts"));
    roadmapItems = String.join(", ", w.roadmapItems());
    provider = w.provider();
    joinUrl = w.joinUrl();
    joinOpensMinutes = w.joinOpensMinutes();
  }

  public void save() {
    WebinarDraft draft =
        new WebinarDraft(kind, title, description, speakers,
            startsAt == null ? null : startsAt.atZone(Clocks.DISTRICT_ZONE).toInstant(),
            durationMinutes == null ? 0 : durationMinutes, capacity, audience, organisationIds, cohortIds, null,
            roadmapItems == null ? List.of()
                : Arrays.stream(roadmapItems.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList(),
            provider, joinUrl, joinOpensMinutes);
    Pages.attempt(() -> id == null ? webinars.schedule(draft) : webinars.edit(id, draft))
        .ifPresent(w -> {
          FacesContext faces = FacesContext.getCurrentInstance();
          faces.getExternalContext().getFlash().setKeepMessages(true);
          Pages.info(id == null ? "webinar.page.scheduled" : "webinar.page.saved");
          try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/webinars/webinar.xhtml?id=" + w.id());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  public List<Organisation> getOrganisations() {
    return organisations.list(null);
  }

  public List<Cohort> getCohorts() {
    return cohorts.list();
  }

  public WebinarKind[] getKinds() {
    return WebinarKind.values();
  }

  public Audience[] getAudiences() {
    return Audience.values();
  }

  public List<ProviderKind> getProviders() {
    return bigBlueButton.client().isPresent() || provider == ProviderKind.BIGBLUEBUTTON
        ? List.of(ProviderKind.values()) : List.of(ProviderKind.LINK);
  }

  public boolean isNew() { return id == null; }
  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public WebinarKind getKind() { return kind; }
  public void setKind(WebinarKind kind) { this.kind = kind; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getSpeakers() { return speakers; }
  public void setSpeakers(String speakers) { this.speakers = speakers; }
  public LocalDateTime getStartsAt() { return startsAt; }
  public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
  public Integer getDurationMinutes() { return durationMinutes; }
  public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
  public Integer getCapacity() { return capacity; }
  public void setCapacity(Integer capacity) { this.capacity = capacity; }
  public Audience getAudience() { return audience; }
  public void setAudience(Audience audience) { this.audience = audience; }
  public List<Long> getOrganisationIds() { return organisationIds; }
  public void setOrganisationIds(List<Long> organisationIds) { this.organisationIds = organisationIds; }
  public List<Long> getCohortIds() { return cohortIds; }
  public void setCohortIds(List<Long> cohortIds) { this.cohortIds = cohortIds; }
  public String getRoadmapItems() { return roadmapItems; }
  public void setRoadmapItems(String roadmapItems) { this.roadmapItems = roadmapItems; }
  public ProviderKind getProvider() { return provider; }
  public void setProvider(ProviderKind provider) { this.provider = provider; }
  public String getJoinUrl() { return joinUrl; }
  public void setJoinUrl(String joinUrl) { this.joinUrl = joinUrl; }
  public Integer getJoinOpensMinutes() { return joinOpensMinutes; }
  public void setJoinOpensMinutes(Integer joinOpensMinutes) { this.joinOpensMinutes = joinOpensMinutes; }
}
