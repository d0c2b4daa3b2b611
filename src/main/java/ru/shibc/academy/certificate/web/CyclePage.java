package ru.shibc.academy.certificate.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.shibc.academy.certificate.CycleState;
import ru.shibc.academy.certificate.QualificationCycle;
import ru.shibc.academy.certificate.QualificationCycle.Standing;
import ru.shibc.academy.people.Organisation;
import ru.shibc.academy.people.Organisations;
import ru.shibc.academy.platform.files.TableFiles;
import ru.shibc.academy.platform.web.Pages;

/**
 * The three-year cycle (273-FZ art. 47) of a school's staff or the whole district's: how many are
 * current, due soon, overdue or without any record, and each person's last training and due date.
 */
@Named("cyclePage")
@ViewScoped
public class CyclePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QualificationCycle cycle;
  @Inject private Organisations organisations;

  private Long organisationId;
  private CycleState state;
  private List<Organisation> organisationChoices;
  private transient List<Standing> standings;
  /** The table's rows, a list of its own that the table may sort in place. */
  private transient List<Standing> rows;

  @PostConstruct
  void init() {
    organisationChoices = organisations.list(null);
  }

  /** After choosing another school: read its standing again and show every state. */
  public void choose() {
    standings = null;
    rows = null;
    state = null;
  }

  /** A tile's click: only that state, or all again when it was already chosen. */
  public void show(CycleState chosen) {
    state = chosen == state ? null : chosen;
    rows = null;
  }

  private List<Standing> standings() {
    if (standings == null) {
      standings = cycle.ofOrganisation(organisationId);
    }
    return standings;
  }

  /** How many people are in a state, and their share of the staff in whole percent. */
  public record Count(CycleState state, int people, long percent) {}

  /** A count per state, every state present, in the enum's order. */
  public List<Count> getCounts() {
    Map<CycleState, Integer> counts = new EnumMap<>(CycleState.class);
    for (CycleState s : CycleState.values()) {
      counts.put(s, 0);
    }
    standings().forEach(s -> counts.merge(s.state(), 1, Integer::sum));
    int all = standings().size();
    return counts.entrySet().stream()
        .map(e -> new Count(e.getKey(), e.getValue(), all == 0 ? 0 : Math.round(100.0 * e.getValue() / all)))
        .toList();
  }

  public int getPeople() {
    return standings().size();
  }

  public List<Standing> getRows() {
    if (rows == null) {
      rows = new ArrayList<>(standings().stream().filter(s -> state == null || s.state() == state).toList());
    }
    return rows;
  }

  public StreamedContent getXlsx() {
    byte[] data = TableFiles.xlsx(Pages.text("cycle.sheet"), header(), table());
    return file("xlsx", TableFiles.XLSX, data);
  }

  public StreamedContent getCsv() {
    return file("csv", TableFiles.CSV, TableFiles.csv(header(), table()));
  }

  private StreamedContent file(String extension, String type, byte[] data) {
    return DefaultStreamedContent.builder()
        .name(Pages.text("cycle.fileName") + "." + extension)
        .contentType(type)
        .contentLength((long) data.length)
        .stream(() -> new ByteArrayInputStream(data))
        .build();
  }

  private static String[] header() {
    return new String[] {
      Pages.text("field.fullName"), Pages.text("field.position"), Pages.text("field.organisationId"),
      Pages.text("cycle.lastTrainedOn"), Pages.text("cycle.dueOn"), Pages.text("cycle.state")
    };
  }

  private List<String[]> table() {
    return getRows().stream()
        .map(
            s ->
                new String[] {
                  s.person().fullName(), nullToEmpty(s.person().getPosition()), s.person().getOrganisation().getShortName(),
                  date(s.lastTrainedOn()), date(s.dueOn()), Pages.text("cycle.state." + s.state().name())
                })
        .toList();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  public String date(LocalDate day) {
    return CertificateTexts.date(day);
  }

  public String severity(CycleState s) {
    return CertificateTexts.severity(s);
  }

  public List<CycleState> getStates() {
    return List.of(CycleState.values());
  }

  public List<Organisation> getOrganisationChoices() {
    return organisationChoices;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public CycleState getState() {
    return state;
  }

  public void setState(CycleState state) {
    if (state != this.state) {
      rows = null;
    }
    this.state = state;
  }
}
