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
import java.util.UUID;
import org.confidant.api.RequestValidation;
import org.confidant.console.config.ConfigurationChanges.Outcome;
import org.confidant.routing.api.QueueDirectory;
import org.confidant.routing.api.QueueDraft;
import org.confidant.routing.api.QueueView;
import org.confidant.routing.api.SkillCatalog;
import org.confidant.routing.api.SkillView;

/**
 * Backs console/config/queues.xhtml: the queues, and an editor for one (settings, escalation steps with their
 * skills and minimum proficiency, overflow) that keeps, for the whole view, the version it loaded, so that a
 * change someone else saved meanwhile is refused as stale rather than overwritten.
 */
@Named
@ViewScoped
public class QueuesConsole implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The strategies the API accepts (QueueDraft's pattern), in the order the page offers them. */
  private static final List<String> STRATEGIES = List.of("LONGEST_IDLE", "MOST_SKILLED", "ROUND_ROBIN",
      "LEAST_OCCUPIED");

  private static final List<String> DESTINATIONS = List.of("QUEUE", "VOICEMAIL", "CALLBACK");

  @EJB QueueDirectory directory;

  @EJB SkillCatalog skillCatalog;

  @Inject transient Validator validator;

  private List<QueueView> queues;
  private List<SkillView> skills;
  private QueueForm form;
  private boolean stale;

  @PostConstruct
  void load() {
    queues = directory.allQueues();
    skills = skillCatalog.allSkills();
  }

  public void newQueue() {
    open(QueueForm.blank());
  }

  /** Opens the queue as it is stored now: its version is the one a save will be checked against. */
  public void edit(UUID id) {
    if (ConfigurationChanges.attempt(faces(), null, () -> open(QueueForm.of(directory.queue(id)))).done()) {
      return;
    }
    load();
  }

  /** After a stale save: the stored queue again, the supervisor's unsaved edits dropped. */
  public void reload() {
    edit(form.getId());
  }

  public void cancel() {
    form = null;
    stale = false;
  }

  public void save() {
    QueueDraft draft = form.toDraft();
    Outcome outcome = ConfigurationChanges.attempt(faces(), "Queue '" + draft.name() + "' saved.", () -> {
      if (form.isNew()) {
        directory.create(RequestValidation.requireValidBody(validator, draft, "queue"));
      } else {
        directory.update(form.getId(), RequestValidation.requireValidRevision(validator, draft, "queue"));
      }
    });
    stale = outcome == Outcome.STALE;
    if (outcome.done()) {
      form = null;
    }
    if (outcome != Outcome.REFUSED) {
      load();
    }
  }

  public void delete(QueueView queue) {
    if (ConfigurationChanges.attempt(faces(), "Queue '" + queue.name() + "' deleted.",
        () -> directory.delete(queue.id())).done()) {
      cancelIfEditing(queue.id());
      load();
    }
  }

  public void addStep() {
    form.addStep();
  }

  public void removeStep(QueueForm.StepForm step) {
    form.removeStep(step);
  }

  private void open(QueueForm opened) {
    form = opened;
    stale = false;
  }

  private void cancelIfEditing(UUID id) {
    if (form != null && id.equals(form.getId())) {
      cancel();
    }
  }

  private static FacesContext faces() {
    return FacesContext.getCurrentInstance();
  }

  /** A queue's steps in one line for the list: "0 s: spanish ≥ 5; 30 s: any agent (site=north)". */
  public String stepsText(QueueView queue) {
    return QueueSummary.steps(queue);
  }

  public String overflowText(QueueView queue) {
    return QueueSummary.overflow(queue, queues);
  }

  public List<QueueView> getQueues() {
    return queues;
  }

  public List<SkillView> getSkills() {
    return skills;
  }

  public List<String> getStrategies() {
    return STRATEGIES;
  }

  public List<String> getDestinations() {
    return DESTINATIONS;
  }

  public QueueForm getForm() {
    return form;
  }

  public boolean isStale() {
    return stale;
  }
}
