package org.confidant.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.confidant.identity.Roles;
import org.confidant.reporting.api.Staffing;
import org.confidant.reporting.api.StaffingAnswer;
import org.confidant.reporting.api.StaffingQuestion;
import org.confidant.reporting.domain.ErlangA;
import org.confidant.reporting.domain.ErlangC;
import org.confidant.reporting.domain.StaffingDemand;
import org.confidant.reporting.domain.StaffingForecast;

/** Erlang C and Erlang A staffing, and their input prefilled from the same interval of past weeks. */
@Stateless
public class StaffingBean implements Staffing {

  /**
   * Per week: offered, answered, handle time of the answered, abandoned, and the time every caller waited (until
   * answered or gone) — the exposure over which the abandons happened.
   */
  private static final String WEEK = "SELECT count(*), count(answered_at),"
      + " coalesce(sum(talk_ms + hold_ms + coalesce(wrap_up_ms, 0)) FILTER (WHERE answered_at IS NOT NULL), 0)::bigint,"
      + " count(*) FILTER (WHERE abandoned), coalesce(sum(wait_ms), 0)::bigint"
      + " FROM report_call WHERE queued_at >= ?1 AND queued_at < ?2";

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public StaffingAnswer erlangC(StaffingQuestion question) {
    return answer(ErlangC.agentsNeeded(demand(question, null)));
  }

  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public StaffingAnswer erlangA(StaffingQuestion question) {
    return answer(ErlangA.agentsNeeded(demand(question, question.averagePatienceSeconds())));
  }

  private static StaffingDemand demand(StaffingQuestion question, Double patience) {
    return new StaffingDemand(question.intervalSeconds(), question.calls(), question.averageHandleSeconds(),
        question.targetPercent(), question.targetSeconds(), patience);
  }

  private static StaffingAnswer answer(StaffingForecast forecast) {
    return new StaffingAnswer(forecast.model(), forecast.agents(), forecast.erlangs(),
        forecast.probabilityOfWaiting(), forecast.serviceLevelPercent(), forecast.averageSpeedOfAnswerSeconds(),
        forecast.occupancyPercent(), forecast.abandonPercent());
  }

  /**
   * Weeks back are 7 × 24 hours in UTC: across a DST change the same local interval is an hour off, which the
   * average of several weeks absorbs; the calls are averaged over every week asked, quiet ones included.
   */
  @Override
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public StaffingQuestion fromHistory(UUID queueId, Instant intervalStart, int intervalSeconds, int weeks,
      double targetPercent, int targetSeconds) {
    long offered = 0;
    long answered = 0;
    long handleMillis = 0;
    long abandoned = 0;
    long waitMillis = 0;
    for (int week = 1; week <= weeks; week++) {
      Instant from = intervalStart.atOffset(ZoneOffset.UTC).minusWeeks(week).toInstant();
      Query query = entityManager.createNativeQuery(WEEK + (queueId == null ? "" : " AND queue_id = ?3"))
          .setParameter(1, from).setParameter(2, from.plusSeconds(intervalSeconds));
      if (queueId != null) {
        query.setParameter(3, queueId);
      }
      Object[] sums = (Object[]) query.getSingleResult();
      offered += ReportsBean.number(sums[0]);
      answered += ReportsBean.number(sums[1]);
      handleMillis += ReportsBean.number(sums[2]);
      abandoned += ReportsBean.number(sums[3]);
      waitMillis += ReportsBean.number(sums[4]);
    }
    double averageHandleSeconds = answered == 0 ? 0 : handleMillis / 1000.0 / answered;
    // Exponential patience, estimated from censored waits: the time all callers waited ÷ those who gave up.
    Double averagePatienceSeconds = abandoned == 0 ? null : waitMillis / 1000.0 / abandoned;
    return new StaffingQuestion(intervalSeconds, (double) offered / weeks, averageHandleSeconds, targetPercent,
        targetSeconds, averagePatienceSeconds);
  }
}
