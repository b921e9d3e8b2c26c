package org.confidant.console.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confidant.api.audit.AuditSearchParams;
import org.confidant.audit.AuditOutcome;
import org.confidant.audit.AuditVerification;
import org.confidant.audit.domain.ChainVerification;
import org.confidant.audit.logins.application.LoginEventImport;
import org.confidant.audit.logins.application.LoginImportStatus;
import org.confidant.audit.search.application.AuditSearch;
import org.confidant.audit.search.domain.AuditPage;
import org.confidant.audit.search.domain.AuditQuery;

/**
 * Backs console/audit/index.xhtml (search) and console/audit/timeline.xhtml (one resource's entries). The criteria
 * arrive as query parameters — a search is a link an auditor can keep — and are checked with the REST API's own
 * constraints, so the console and {@code GET /api/v1/audit/entries} accept the same searches.
 */
@Named
@RequestScoped
public class AuditConsole {

  static final String BREAK_GLASS = "BREAK_GLASS";
  static final int BREAK_GLASS_DAYS = 7;
  static final int BREAK_GLASS_SHOWN = 5;

  @EJB AuditSearch search;

  @EJB LoginEventImport logins;

  @EJB AuditVerification chain;

  @Inject Validator validator;

  @Inject FacesContext faces;

  private final AuditSearchParams criteria = new AuditSearchParams();
  private boolean valid;
  private AuditPage page;
  private LoginImportStatus importStatus;
  private ChainVerification verification;
  private AuditPage breakGlass;

  @PostConstruct
  void readCriteria() {
    AuditQueryString.read(faces.getExternalContext().getRequestParameterMap(), criteria);
    Set<ConstraintViolation<AuditSearchParams>> violations = validator.validate(criteria);
    violations.forEach(violation -> tell(FacesMessage.SEVERITY_ERROR,
        violation.getPropertyPath() + " " + violation.getMessage() + "."));
    valid = violations.isEmpty();
  }

  /** The page of entries the criteria find; null when they are not valid. Read once per request. */
  public AuditPage getPage() {
    if (page == null && valid) {
      page = search.search(criteria.toQuery());
    }
    return page;
  }

  /** The timeline of the resource the criteria name; null without a resource id. Audited by AuditSearch. */
  public AuditPage getTimeline() {
    if (page == null && valid && hasResource()) {
      page = search.timeline(criteria.getResourceType(), criteria.getResourceId(),
          criteria.toQuery().page(), criteria.toQuery().size());
    }
    return page;
  }

  /** Break-glass accesses of the last {@value #BREAK_GLASS_DAYS} days, newest first: raised at the top of the console. */
  public AuditPage getBreakGlass() {
    if (breakGlass == null) {
      breakGlass = search.search(new AuditQuery(null, null, null, BREAK_GLASS, null,
          Instant.now().minus(Duration.ofDays(BREAK_GLASS_DAYS)), null, 0, BREAK_GLASS_SHOWN));
    }
    return breakGlass;
  }

  /** The query string of the search listing every break-glass access of those days. */
  public String getBreakGlassSearch() {
    AuditSearchParams every = new AuditSearchParams();
    every.setAction(BREAK_GLASS);
    every.setFrom(LocalDate.now(ZoneOffset.UTC).minusDays(BREAK_GLASS_DAYS).toString());
    return AuditQueryString.of(every, Map.of());
  }

  public boolean hasResource() {
    return criteria.getResourceId() != null && !criteria.getResourceId().isBlank();
  }

  public void importLogins() {
    try {
      tell(FacesMessage.SEVERITY_INFO, logins.importNow() + " login events imported.");
    } catch (RuntimeException failed) {
      tell(FacesMessage.SEVERITY_WARN, "Login events could not be imported now; the scheduled import will retry.");
    }
  }

  /** Walks the whole chain and its checkpoints now (audited by AuditVerification); the page shows the result. */
  public void verifyChain() {
    verification = chain.verify();
  }

  /** The result of the verification asked for in this request, null when none was. */
  public ChainVerification getVerification() {
    return verification;
  }

  public LoginImportStatus getImportStatus() {
    if (importStatus == null) {
      importStatus = logins.status();
    }
    return importStatus;
  }

  public List<String> getOutcomes() {
    return Arrays.stream(AuditOutcome.values()).map(AuditOutcome::name).toList();
  }

  public AuditSearchParams getCriteria() {
    return criteria;
  }

  /** The query string of this search at another page (for the pager). */
  public String atPage(int number) {
    return AuditQueryString.of(criteria, Map.of("page", String.valueOf(number)));
  }

  /** The query string of this search as an export in a format. */
  public String exportAs(String format) {
    return AuditQueryString.of(criteria, Map.of("format", format, "page", ""));
  }

  /** The query string of a resource's timeline. */
  public String timelineOf(String resourceType, String resourceId) {
    AuditSearchParams resource = new AuditSearchParams();
    resource.setResourceType(resourceType);
    resource.setResourceId(resourceId);
    return AuditQueryString.of(resource, Map.of());
  }

  private void tell(FacesMessage.Severity severity, String text) {
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }
}
