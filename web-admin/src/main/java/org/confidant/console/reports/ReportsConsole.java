package org.confidant.console.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.confidant.api.reports.ReportExports;
import org.confidant.api.reports.ReportQuery;
import org.confidant.reporting.api.Report;
import org.confidant.reporting.api.ReportRow;
import org.confidant.reporting.api.Reports;

/**
 * Backs console/reports.xhtml: a report's filters (checked with the REST API's own ReportQuery constraints), its
 * table and chart, and its CSV download (audited like an API export). The form's end date is inclusive.
 */
@Named
@RequestScoped
public class ReportsConsole {

  static final String FORM = "report";
  private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

  @EJB Reports reports;

  @Inject ReportExports exports;

  @Inject Validator validator;

  @Inject FacesContext faces;

  private String kind = "queues";
  private String from;
  private String to;
  private String interval = "HOUR";
  private String zone;
  private Integer serviceLevelSeconds = 20;
  private String denominator = "ANSWERED_ONLY";
  private Report report;
  private ReportChart chart;

  @PostConstruct
  void today() {
    zone = reports.siteZone();
    from = LocalDate.now(ZoneId.of(zone)).toString();
    to = from;
  }

  public void show() {
    report = run();
    if (report != null) {
      chart = ReportChart.of(report.rows(), row -> start(row) + (row.groupName() == null ? "" : " " + row.groupName()));
      if (report.rows().isEmpty()) {
        tell(null, FacesMessage.SEVERITY_INFO, "No calls in this period.");
      }
    }
  }

  public void download() {
    Report found = run();
    if (found == null) {
      return;
    }
    ExternalContext response = faces.getExternalContext();
    response.responseReset();
    response.setResponseContentType("text/csv;charset=UTF-8");
    response.setResponseHeader("Content-Disposition", "attachment; filename=\"" + kind + "-report.csv\"");
    try {
      response.getResponseOutputWriter().write(exports.csv(found, kind));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private Report run() {
    ReportQuery query = ReportQuery.of(from, dayAfter(to), interval, zone, serviceLevelSeconds, denominator);
    Set<ConstraintViolation<ReportQuery>> violations = validator.validate(query);
    if (!violations.isEmpty()) {
      violations.forEach(violation -> tell(null, FacesMessage.SEVERITY_ERROR,
          violation.getPropertyPath() + ": " + violation.getMessage()));
      return null;
    }
    return "agents".equals(kind) ? reports.agents(query.toRequest(zone)) : reports.queues(query.toRequest(zone));
  }

  /** The form's end date is the last day shown; the query's end is exclusive. */
  private static String dayAfter(String date) {
    try {
      return LocalDate.parse(date).plusDays(1).toString();
    } catch (DateTimeParseException | NullPointerException notADate) {
      return date;
    }
  }

  /** A row's interval start on the report's wall clock, with its offset (two rows can share 02:00 on a DST day). */
  public String start(ReportRow row) {
    return START.format(row.intervalStart().atZone(ZoneId.of(report.request().zone())));
  }

  private void tell(String clientId, FacesMessage.Severity severity, String text) {
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
  }

  public Report getReport() {
    return report;
  }

  public ReportChart getChart() {
    return chart;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getInterval() {
    return interval;
  }

  public void setInterval(String interval) {
    this.interval = interval;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public Integer getServiceLevelSeconds() {
    return serviceLevelSeconds;
  }

  public void setServiceLevelSeconds(Integer serviceLevelSeconds) {
    this.serviceLevelSeconds = serviceLevelSeconds;
  }

  public String getDenominator() {
    return denominator;
  }

  public void setDenominator(String denominator) {
    this.denominator = denominator;
  }
}
