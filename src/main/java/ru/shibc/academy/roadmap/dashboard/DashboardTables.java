package ru.shibc.academy.roadmap.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import ru.shibc.academy.platform.i18n.Messages;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.Certificates;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.Compliance;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.ComplianceRow;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.Roadmaps;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.School;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.Schools;
import ru.shibc.academy.roadmap.dashboard.DashboardViews.Webinars;

/**
 * Each dashboard table as a header and rows of text, for {@code platform.files.TableFiles}: the
 * same figures the JSON and the page show, with the bundle's headers and a file name that says
 * what and when (Cyrillic, as {@code Downloads} sends it).
 */
public final class DashboardTables {

  /** A table ready for XLSX or CSV. */
  public record Table(String fileName, String sheet, String[] header, List<String[]> rows) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final Locale locale;

  public DashboardTables(Locale locale) {
    this.locale = locale;
  }

  public Table certificates(Certificates c) {
    String by = c.by().name();
    return table("certificates", c.from(), c.to(),
        new String[] {t("dashboard.period"), t("dashboard.by." + by), t("dashboard.certificates.count")},
        c.rows().stream()
            .map(r -> new String[] {r.period(), r.label() == null ? (c.by() == ru.shibc.academy.certificate.CertificateStatistics.By.COURSE ? t("dashboard.noCourse") : t("dashboard.district")) : r.label(),
                Long.toString(r.count())})
            .toList());
  }

  public Table compliance(Compliance c) {
    List<String[]> rows = new java.util.ArrayList<>(c.organisations().stream().map(this::compliance).toList());
    rows.add(compliance(c.district()));
    return table("compliance", c.on(), c.on(),
        new String[] {
          t("dashboard.organisation"), t("dashboard.staff"), t("cycle.state.CURRENT"), t("cycle.state.DUE_SOON"),
          t("cycle.state.OVERDUE"), t("cycle.state.NEVER"), t("dashboard.share.current"), t("dashboard.share.dueSoon"),
          t("dashboard.share.overdue"), t("dashboard.share.never")
        },
        rows);
  }

  private String[] compliance(ComplianceRow r) {
    return new String[] {
      r.organisation() == null ? t("dashboard.district") : r.organisation(), n(r.staff()), n(r.current()), n(r.dueSoon()),
      n(r.overdue()), n(r.never()), share(r.currentShare()), share(r.dueSoonShare()), share(r.overdueShare()),
      share(r.neverShare())
    };
  }

  public Table webinars(Webinars w) {
    List<String[]> rows = new java.util.ArrayList<>(
        w.months().stream().map(m -> new String[] {m.month(), n(m.held()), n(m.participants()), n(m.schools())}).toList());
    if (!rows.isEmpty()) {
      rows.add(new String[] {t("dashboard.total"), n(w.held()), n(w.participants()), n(w.schools())});
    }
    return table("webinars", w.from(), w.to(),
        new String[] {t("dashboard.month"), t("dashboard.webinars.held"), t("dashboard.webinars.participants"), t("dashboard.webinars.schools")},
        rows);
  }

  public Table roadmaps(Roadmaps r) {
    return table("roadmaps", r.on(), r.on(),
        new String[] {
          t("dashboard.roadmap"), t("dashboard.roadmap.items"), t("dashboard.roadmap.PLANNED"), t("dashboard.roadmap.IN_PROGRESS"),
          t("dashboard.roadmap.DONE"), t("dashboard.roadmap.OVERDUE"), t("dashboard.share.done")
        },
        r.roadmaps().stream()
            .map(x -> new String[] {x.title(), n(x.total()), n(x.planned()), n(x.inProgress()), n(x.done()), n(x.overdue()), share(x.doneShare())})
            .toList());
  }

  public Table schools(Schools s) {
    return table("schools", s.from(), s.to(),
        new String[] {
          t("dashboard.organisation"), t("dashboard.organisation.name"), t("dashboard.staff"), t("dashboard.certificates.count"),
          t("cycle.state.CURRENT"), t("cycle.state.DUE_SOON"), t("cycle.state.OVERDUE"), t("cycle.state.NEVER"),
          t("dashboard.share.current"), t("dashboard.webinars.participants")
        },
        s.schools().stream()
            .map(r -> new String[] {r.shortName(), r.name(), n(r.staff()), n(r.certificates()), n(r.current()), n(r.dueSoon()),
                n(r.overdue()), n(r.never()), share(r.currentShare()), n(r.webinarParticipants())})
            .toList());
  }

  public Table school(School s) {
    Table t =
        table("staff", s.from(), s.to(),
            new String[] {
              t("field.fullName"), t("field.position"), t("dashboard.lastCertificate"), t("dashboard.lastProgramme"),
              t("dashboard.lastIssuedOn"), t("cycle.lastTrainedOn"), t("cycle.dueOn"), t("cycle.state"), t("dashboard.inProgress")
            },
            s.staff().stream()
                .map(r -> new String[] {r.fullName(), r.position(), text(r.lastCertificate()), text(r.lastProgramme()),
                    day(r.lastIssuedOn()), day(r.lastTrainedOn()), day(r.dueOn()), t("cycle.state." + r.state().name()),
                    String.join("; ", r.coursesInProgress())})
                .toList());
    return new Table(t.sheet() + " " + s.shortName(), t.sheet(), t.header(), t.rows());
  }

  private Table table(String what, LocalDate from, LocalDate to, String[] header, List<String[]> rows) {
    String name = t("dashboard.file." + what) + " " + (from.equals(to) ? day(from) : day(from) + "–" + day(to));
    return new Table(name, t("dashboard.file." + what), header, rows);
  }

  private String t(String key, Object... args) {
    return Messages.text(locale, key, args);
  }

  private static String n(long v) {
    return Long.toString(v);
  }

  private static String share(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private static String day(LocalDate d) {
    return d == null ? "" : DAY.format(d);
  }
}
