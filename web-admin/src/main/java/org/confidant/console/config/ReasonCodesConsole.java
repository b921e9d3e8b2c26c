package org.confidant.console.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.List;
import org.confidant.agents.api.ReasonCodeDraft;
import org.confidant.agents.api.ReasonCodeView;
import org.confidant.agents.api.ReasonCodes;
import org.confidant.api.RequestValidation;

/**
 * Backs console/config/reason-codes.xhtml: the codes agents give for not being ready or logging out. Supervisors
 * read them; admins create them and deactivate or reactivate them (checked against the version this view listed),
 * through the same ReasonCodes bean as {@code /api/v1/reason-codes}.
 */
@Named
@ViewScoped
public class ReasonCodesConsole implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB ReasonCodes reasonCodes;

  @Inject transient Validator validator;

  private List<ReasonCodeView> codes;
  private CodeEntry entry = new CodeEntry();
  private String kind = "NOT_READY";

  @PostConstruct
  void load() {
    codes = reasonCodes.allReasonCodes();
  }

  public void create() {
    ReasonCodeDraft draft = new ReasonCodeDraft(entry.getCode(), entry.getLabel(), kind, true, null);
    if (ConfigurationChanges.attempt(faces(), "Reason code " + entry.getCode() + " created.",
        () -> reasonCodes.create(RequestValidation.requireValidBody(validator, draft, "reason code"))).done()) {
      entry = new CodeEntry();
      load();
    }
  }

  /** Deactivates an active code (agents can no longer choose it; history keeps it) or reactivates an inactive one. */
  public void toggleActive(ReasonCodeView shown) {
    ReasonCodeDraft draft = new ReasonCodeDraft(shown.code(), shown.label(), shown.kind(), !shown.active(),
        shown.version());
    ConfigurationChanges.attempt(faces(), shown.code() + (shown.active() ? " deactivated." : " reactivated."),
        () -> reasonCodes.update(shown.id(), RequestValidation.requireValidRevision(validator, draft, "reason code")));
    load();
  }

  private static FacesContext faces() {
    return FacesContext.getCurrentInstance();
  }

  public List<ReasonCodeView> getCodes() {
    return codes;
  }

  public List<String> getKinds() {
    return List.of("NOT_READY", "LOGOUT");
  }

  public CodeEntry getEntry() {
    return entry;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }
}
