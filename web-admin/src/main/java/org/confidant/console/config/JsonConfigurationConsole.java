package org.confidant.console.config;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.confidant.api.RequestValidation;
import org.confidant.api.ivr.Catalogue;
import org.confidant.console.config.ConfigurationChanges.Outcome;

/**
 * A configuration page whose items are edited as the JSON the REST API takes (IVR trees, business-hours
 * calendars): the list, the item as stored (which the page shows readably), and its draft as JSON text. A save
 * parses the text, adds the version the editor loaded, and goes through the same catalogue, constraints and rules as
 * the API, whose every error becomes a message.
 *
 * @param <D> the draft the API takes
 * @param <V> the item the API shows
 */
public abstract class JsonConfigurationConsole<D, V> implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Drafts as indented JSON; JSON-B leaves absent (null) fields out, so the version is not in the text. */
  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

  @Inject transient Validator validator;

  private List<V> items;
  private V selected;
  private boolean editing;
  private Long loadedVersion;
  private String json;
  private boolean stale;

  /** The catalogue's operations (built per use: it holds the beans' method references). */
  protected abstract Catalogue<D, V> catalogue();

  protected abstract Class<D> draftType();

  /** The stored item as a draft without a version: what the editor shows. */
  protected abstract D draftOf(V item);

  protected abstract D withVersion(D draft, Long version);

  protected abstract long versionOf(V item);

  /** The draft a new item starts from: a small valid example to change. */
  protected abstract D example();

  @PostConstruct
  void load() {
    items = catalogue().list().get();
  }

  public void select(UUID id) {
    ConfigurationChanges.attempt(faces(), null, () -> show(catalogue().get().apply(id)));
  }

  public void newItem() {
    selected = null;
    startEditing(example(), null);
  }

  /** Edits the item as stored now: its version is the one a save is checked against. */
  public void edit() {
    Catalogue<D, V> catalogue = catalogue();
    UUID id = catalogue.id().apply(selected);
    if (ConfigurationChanges.attempt(faces(), null, () -> show(catalogue.get().apply(id))).done()) {
      startEditing(draftOf(selected), versionOf(selected));
    }
  }

  public void reload() {
    edit();
  }

  public void cancel() {
    editing = false;
    stale = false;
  }

  public void save() {
    D draft = parsed();
    if (draft == null) {
      return;
    }
    Catalogue<D, V> catalogue = catalogue();
    Object[] saved = new Object[1];
    Outcome outcome = ConfigurationChanges.attempt(faces(), "The " + catalogue.what() + " was saved.", () ->
        saved[0] = loadedVersion == null
            ? catalogue.create().apply(RequestValidation.requireValidBody(validator, draft, catalogue.what()))
            : catalogue.update().apply(catalogue.id().apply(selected),
                RequestValidation.requireValidRevision(validator, withVersion(draft, loadedVersion), catalogue.what())));
    stale = outcome == Outcome.STALE;
    if (outcome.done()) {
      @SuppressWarnings("unchecked")
      V stored = (V) saved[0];
      show(stored);
      cancel();
      load();
    }
  }

  public void delete() {
    Catalogue<D, V> catalogue = catalogue();
    if (ConfigurationChanges.attempt(faces(), "The " + catalogue.what() + " was deleted.",
        () -> catalogue.delete().accept(catalogue.id().apply(selected))).done()) {
      selected = null;
      cancel();
      load();
    }
  }

  /** The text as a draft, or null (and a message saying why) when it is not JSON of the draft's shape. */
  private D parsed() {
    try {
      D draft = json == null || json.isBlank() ? null : JSON.fromJson(json, draftType());
      if (draft == null) {
        tell("Nothing was saved: the JSON is empty.");
      }
      return draft;
    } catch (JsonbException unreadable) {
      tell("Nothing was saved: the text is not JSON of the documented shape (" + rootMessage(unreadable) + ").");
      return null;
    }
  }

  private void show(V item) {
    selected = item;
  }

  private void startEditing(D draft, Long version) {
    json = JSON.toJson(draft);
    loadedVersion = version;
    editing = true;
    stale = false;
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  private static void tell(String text) {
    faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private static FacesContext faces() {
    return FacesContext.getCurrentInstance();
  }

  public List<V> getItems() {
    return items;
  }

  public V getSelected() {
    return selected;
  }

  public boolean isEditing() {
    return editing;
  }

  public boolean isStale() {
    return stale;
  }

  public Long getLoadedVersion() {
    return loadedVersion;
  }

  public String getJson() {
    return json;
  }

  public void setJson(String json) {
    this.json = json;
  }
}
