package org.confidant.api.audit;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.search.domain.AuditQuery;

/**
 * The search criteria of {@code GET /api/v1/audit/entries} and of the console's audit page, validated the same way
 * for both. Times are UTC: an instant ({@code 2026-11-25T08:00:00Z}), a minute ({@code 2026-11-25T08:00}, as a
 * browser's date-time field sends it) or a day ({@code 2026-11-25}; as {@code to}, the whole day is included).
 * Numbers are read as text so that a wrong one is a 400 naming the field (JAX-RS would answer 404).
 */
public class AuditSearchParams {

  // Each pattern accepts the empty text too: an empty field of the console's form means "any".
  private static final String NAME = "|[A-Za-z0-9][A-Za-z0-9._:-]*";
  private static final String TIME = "|\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z?)?";
  private static final String TIME_MESSAGE = "must be a UTC time such as 2026-11-25T08:00:00Z or a day such as"
      + " 2026-11-25";

  @QueryParam("actor")
  @Size(max = 128)
  private String actor;

  @QueryParam("resourceType")
  @Size(max = 64)
  @Pattern(regexp = NAME, message = "must be a resource type such as contact or queue")
  private String resourceType;

  @QueryParam("resourceId")
  @Size(max = 128)
  private String resourceId;

  @QueryParam("action")
  @Size(max = 64)
  @Pattern(regexp = NAME, message = "must be an action such as login or contact.read")
  private String action;

  @QueryParam("outcome")
  @Pattern(regexp = "|SUCCESS|DENIED|FAILED", message = "must be SUCCESS, DENIED or FAILED")
  private String outcome;

  @QueryParam("from")
  @Pattern(regexp = TIME, message = TIME_MESSAGE)
  private String from;

  @QueryParam("to")
  @Pattern(regexp = TIME, message = TIME_MESSAGE)
  private String to;

  @QueryParam("page")
  @DefaultValue("0")
  @Pattern(regexp = "|\\d{1,6}", message = "must be a page number from 0")
  private String page = "0";

  @QueryParam("size")
  @DefaultValue("50")
  @Pattern(regexp = "|[1-9]\\d?|1\\d\\d|200", message = "must be 1 to 200")
  private String size = String.valueOf(AuditQuery.DEFAULT_SIZE);

  /** Both times are real dates, and the range runs forwards. */
  @AssertTrue(message = "from and to must be real times, from before to")
  public boolean isTimeRange() {
    try {
      Instant start = time(from, false);
      Instant end = time(to, true);
      return start == null || end == null || start.isBefore(end);
    } catch (DateTimeParseException notADate) {
      return !matches(from) || !matches(to);
    }
  }

  /** The query these (valid) criteria ask for. */
  public AuditQuery toQuery() {
    return new AuditQuery(actor, resourceType, resourceId, action, blank(outcome) ? null : AuditOutcome.valueOf(outcome),
        time(from, false), time(to, true), number(page, 0), number(size, AuditQuery.DEFAULT_SIZE));
  }

  /** A time as the field says it; a day as {@code to} runs to the end of that day. */
  static Instant time(String text, boolean endOfDay) {
    if (blank(text)) {
      return null;
    }
    if (text.length() == 10) {
      LocalDate day = LocalDate.parse(text);
      return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    return text.endsWith("Z") ? Instant.parse(text) : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
  }

  private static int number(String text, int otherwise) {
    return blank(text) ? otherwise : Integer.parseInt(text);
  }

  /** A malformed time is the pattern's violation already; this check stays quiet about it. */
  private static boolean matches(String text) {
    return blank(text) || text.matches(TIME);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getResourceType() {
    return resourceType;
  }

  public void setResourceType(String resourceType) {
    this.resourceType = resourceType;
  }

  public String getResourceId() {
    return resourceId;
  }

  public void setResourceId(String resourceId) {
    this.resourceId = resourceId;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
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

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getSize() {
    return size;
  }

  public void setSize(String size) {
    this.size = size;
  }
}
