package org.confidant.console.simulator;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.confidant.api.simulator.SimulationRequest;
import org.confidant.telephony.api.SimulationSettings;
import org.confidant.telephony.api.SimulationStatus;
import org.confidant.telephony.api.Simulator;
import org.confidant.telephony.api.SimulatorBusy;

/**
 * Backs console/simulator.xhtml: the current run's figures, a start form and a stop button. The form is checked
 * with the REST API's own constraints (SimulationRequest), so the console and the API accept the same runs; the
 * settings the form does not show keep the API's defaults.
 */
@Named
@RequestScoped
public class SimulatorConsole {

  /** The start form's id; a field's messages go to FORM:field, the field named like the request's property. */
  static final String FORM = "simulator";

  @EJB Simulator simulator;

  @Inject Validator validator;

  @Inject FacesContext faces;

  private Long seed;
  private Integer calls;
  private Double arrivalsPerSecond;
  private Integer agents;
  private SimulationStatus status;
  private boolean statusRead;

  @PostConstruct
  void prefillWithTheDefaults() {
    SimulationSettings defaults = SimulationRequest.defaults().toSettings();
    seed = defaults.seed();
    calls = defaults.calls();
    arrivalsPerSecond = defaults.arrivalsPerSecond();
    agents = defaults.agents();
  }

  public void start() {
    SimulationRequest request = new SimulationRequest(
        seed, calls, arrivalsPerSecond, agents, null, null, null, null, null, null, null);
    Set<ConstraintViolation<SimulationRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      violations.forEach(violation -> tell(FORM + ":" + violation.getPropertyPath(), FacesMessage.SEVERITY_ERROR,
          violation.getMessage()));
      return;
    }
    try {
      show(simulator.start(request.toSettings()));
      tell(null, FacesMessage.SEVERITY_INFO, "Run started.");
    } catch (SimulatorBusy busy) {
      tell(null, FacesMessage.SEVERITY_WARN, "A run is already going. Stop it before starting another.");
    }
  }

  public void stop() {
    SimulationStatus stopped = simulator.stop();
    show(stopped);
    tell(null, FacesMessage.SEVERITY_INFO, stopped == null ? "There is no run to stop." : "Run stopping.");
  }

  /** The current (or last) run, null before the first; read once per request. */
  public SimulationStatus getStatus() {
    if (!statusRead) {
      show(simulator.status());
    }
    return status;
  }

  public boolean isRunning() {
    SimulationStatus current = getStatus();
    return current != null && "RUNNING".equals(current.state());
  }

  private void show(SimulationStatus current) {
    status = current;
    statusRead = true;
  }

  private void tell(String clientId, FacesMessage.Severity severity, String text) {
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
  }

  public Long getSeed() {
    return seed;
  }

  public void setSeed(Long seed) {
    this.seed = seed;
  }

  public Integer getCalls() {
    return calls;
  }

  public void setCalls(Integer calls) {
    this.calls = calls;
  }

  public Double getArrivalsPerSecond() {
    return arrivalsPerSecond;
  }

  public void setArrivalsPerSecond(Double arrivalsPerSecond) {
    this.arrivalsPerSecond = arrivalsPerSecond;
  }

  public Integer getAgents() {
    return agents;
  }

  public void setAgents(Integer agents) {
    this.agents = agents;
  }
}
