package org.confidant.console.staffing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.confidant.api.staffing.StaffingRequest;
import org.confidant.reporting.api.Reports;
import org.confidant.reporting.api.Staffing;
import org.confidant.reporting.api.StaffingAnswer;
import org.confidant.reporting.api.StaffingQuestion;
import org.confidant.routing.api.QueueDirectory;
import org.confidant.routing.api.QueueView;

/**
 * Backs console/staffing.xhtml: Erlang C, and Erlang A beside it when the callers' patience is given (checked with
 * the REST API's own StaffingRequest constraints), and a prefill from the same interval of the last weeks of a
 * queue's history.
 */
@Named
@RequestScoped
public class StaffingConsole {

  static final String FORM = "staffing";

  @EJB Staffing staffing;

  @EJB Reports reports;

  @EJB QueueDirectory queues;

  @Inject Validator validator;

  @Inject FacesContext faces;

  private Integer intervalMinutes = 30;
  private Double calls = 100.0;
  private Double averageHandleSeconds = 180.0;
  private Double targetPercent = 80.0;
  private Integer targetSeconds = 20;
  private Double averagePatienceSeconds;
  private String queueId;
  private String intervalStart;
  private Integer weeks = 4;
  private StaffingAnswer answer;
  private StaffingAnswer answerWithAbandons;

  public void calculate() {
    StaffingRequest request = new StaffingRequest(intervalMinutes, calls, averageHandleSeconds, targetPercent,
        targetSeconds, averagePatienceSeconds);
    Set<ConstraintViolation<StaffingRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      violations.forEach(violation -> tell(FORM + ":" + violation.getPropertyPath(), violation.getMessage()));
      return;
    }
    answer = staffing.erlangC(request.toQuestion());
    answerWithAbandons = averagePatienceSeconds == null ? null : staffing.erlangA(request.toQuestion());
  }

  /** Calls and handle time from the same interval (start on the site's wall clock) of the last weeks. */
  public void prefill() {
    if (intervalStart == null || weeks == null || weeks < 1 || weeks > 52 || intervalMinutes == null
        || intervalMinutes < 1) {
      tell(FORM + ":intervalStart", "Give the interval's start, its length and 1 to 52 weeks of history.");
      return;
    }
    try {
      ZoneId zone = ZoneId.of(reports.siteZone());
      StaffingQuestion history = staffing.fromHistory(queueId == null || queueId.isEmpty()
              ? null : UUID.fromString(queueId), LocalDateTime.parse(intervalStart).atZone(zone).toInstant(),
          intervalMinutes * 60, weeks, targetPercent == null ? 80 : targetPercent,
          targetSeconds == null ? 20 : targetSeconds);
      calls = history.calls();
      averageHandleSeconds = history.averageHandleSeconds() > 0 ? history.averageHandleSeconds() : averageHandleSeconds;
      averagePatienceSeconds = history.averagePatienceSeconds();
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Prefilled from " + weeks + " week(s).",
          null));
    } catch (DateTimeException | IllegalArgumentException unreadable) {
      tell(FORM + ":intervalStart", "Give the interval's start as a date and time.");
    }
  }

  public List<QueueView> getQueues() {
    return queues.allQueues();
  }

  private void tell(String clientId, String text) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public StaffingAnswer getAnswer() {
    return answer;
  }

  /** The Erlang A answer, when the callers' patience was given. */
  public StaffingAnswer getAnswerWithAbandons() {
    return answerWithAbandons;
  }

  public Double getAveragePatienceSeconds() {
    return averagePatienceSeconds;
  }

  public void setAveragePatienceSeconds(Double averagePatienceSeconds) {
    this.averagePatienceSeconds = averagePatienceSeconds;
  }

  public Integer getIntervalMinutes() {
    return intervalMinutes;
  }

  public void setIntervalMinutes(Integer intervalMinutes) {
    this.intervalMinutes = intervalMinutes;
  }

  public Double getCalls() {
    return calls;
  }

  public void setCalls(Double calls) {
    this.calls = calls;
  }

  public Double getAverageHandleSeconds() {
    return averageHandleSeconds;
  }

  public void setAverageHandleSeconds(Double averageHandleSeconds) {
    this.averageHandleSeconds = averageHandleSeconds;
  }

  public Double getTargetPercent() {
    return targetPercent;
  }

  public void setTargetPercent(Double targetPercent) {
    this.targetPercent = targetPercent;
  }

  public Integer getTargetSeconds() {
    return targetSeconds;
  }

  public void setTargetSeconds(Integer targetSeconds) {
    this.targetSeconds = targetSeconds;
  }

  public String getQueueId() {
    return queueId;
  }

  public void setQueueId(String queueId) {
    this.queueId = queueId;
  }

  public String getIntervalStart() {
    return intervalStart;
  }

  public void setIntervalStart(String intervalStart) {
    this.intervalStart = intervalStart;
  }

  public Integer getWeeks() {
    return weeks;
  }

  public void setWeeks(Integer weeks) {
    this.weeks = weeks;
  }
}
