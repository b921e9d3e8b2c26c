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
import org.confidant.api.RequestValidation;
import org.confidant.interactions.api.DispositionCodeDraft;
import org.confidant.interactions.api.DispositionCodeView;
import org.confidant.interactions.api.DispositionCodes;

/**
 * Backs console/config/dispositions.xhtml: the outcomes agents record for an interaction. Supervisors read them;
 * admins create them and deactivate or reactivate them (checked against the version this view listed), through the
 * same DispositionCodes bean as {@code /api/v1/disposition-codes}.
 */
@Named
@ViewScoped
public class DispositionsConsole implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB DispositionCodes dispositionCodes;

  @Inject transient Validator validator;

  private List<DispositionCodeView> codes;
  private CodeEntry entry = new CodeEntry();

  @PostConstruct
  void load() {
    codes = dispositionCodes.allDispositionCodes();
  }

  public void create() {
    DispositionCodeDraft draft = new DispositionCodeDraft(entry.getCode(), entry.getLabel(), true, null);
    if (ConfigurationChanges.attempt(faces(), "Disposition " + entry.getCode() + " created.",
        () -> dispositionCodes.create(RequestValidation.requireValidBody(validator, draft, "disposition code")))
        .done()) {
      entry = new CodeEntry();
      load();
    }
  }

  /** Deactivates an active code (agents can no longer choose it; past interactions keep it) or reactivates one. */
  public void toggleActive(DispositionCodeView shown) {
    DispositionCodeDraft draft = new DispositionCodeDraft(shown.code(), shown.label(), !shown.active(),
        shown.version());
    ConfigurationChanges.attempt(faces(), shown.code() + (shown.active() ? " deactivated." : " reactivated."),
        () -> dispositionCodes.update(shown.id(),
            RequestValidation.requireValidRevision(validator, draft, "disposition code")));
    load();
  }

  private static FacesContext faces() {
    return FacesContext.getCurrentInstance();
  }

  public List<DispositionCodeView> getCodes() {
    return codes;
  }

  public CodeEntry getEntry() {
    return entry;
  }
}
