package org.confidant.console.config;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import org.confidant.ivr.api.ConfigurationIssue;
import org.confidant.routing.api.ConfigurationConflict;
import org.confidant.routing.api.InvalidConfiguration;
import org.confidant.routing.api.StaleConfiguration;
import org.confidant.routing.api.UnknownConfiguration;

/**
 * Makes a configuration change through an {@code api} bean and tells the page what came of it as Faces messages:
 * the refusals are the same the REST API answers as problems (invalid fields, broken rules, conflicts, a stale
 * version, a role that may not), worded for a person. Anything else is a fault and propagates.
 */
public final class ConfigurationChanges {

  /** What came of a change. */
  public enum Outcome {
    DONE, REFUSED, STALE;

    public boolean done() {
      return this == DONE;
    }
  }

  private ConfigurationChanges() {}

  /** Makes {@code change}; on success says {@code done} (if not null). */
  public static Outcome attempt(FacesContext faces, String done, Runnable change) {
    try {
      change.run();
    } catch (StaleConfiguration | org.confidant.ivr.api.StaleConfiguration stale) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, stale.getMessage(), null));
      return Outcome.STALE;
    } catch (ConstraintViolationException invalid) {
      invalidFields(invalid.getConstraintViolations().stream()
          .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
          .map(ConfigurationChanges::line).toList(), faces);
      return Outcome.REFUSED;
    } catch (InvalidConfiguration invalid) {
      invalidFields(invalid.problems().stream()
          .map(problem -> FieldNames.readable(problem.field()) + ": " + problem.message()).toList(), faces);
      return Outcome.REFUSED;
    } catch (org.confidant.ivr.api.InvalidConfiguration invalid) {
      invalidFields(invalid.errors().stream().map(ConfigurationChanges::line).toList(), faces);
      return Outcome.REFUSED;
    } catch (ConfigurationConflict | UnknownConfiguration | org.confidant.ivr.api.ConfigurationConflict
        | org.confidant.ivr.api.ConfigurationNotFound refused) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence(refused.getMessage()), null));
      return Outcome.REFUSED;
    } catch (EJBAccessException forbidden) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
          "Your role does not allow this change.", null));
      return Outcome.REFUSED;
    }
    if (done != null) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    }
    return Outcome.DONE;
  }

  private static void invalidFields(List<String> lines, FacesContext faces) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Nothing was saved: please correct "
        + (lines.size() == 1 ? "this." : "these " + lines.size() + "."), null));
    lines.forEach(line -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, line, null)));
  }

  private static String line(ConstraintViolation<?> violation) {
    return FieldNames.readable(violation.getPropertyPath().toString()) + ": " + violation.getMessage();
  }

  private static String line(ConfigurationIssue issue) {
    return (issue.nodeId() == null ? "" : "Node " + issue.nodeId() + ": ") + sentence(issue.message());
  }

  private static String sentence(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String capitalised = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return capitalised.endsWith(".") ? capitalised : capitalised + ".";
  }
}
