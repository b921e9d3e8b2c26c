package org.confidant.desk.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in agent's call controls. Each control becomes a command to the call's connector (stored in the
 * outbox with the decision); its effect comes back as the call's telephony events. A control for a call the agent
 * is not on, or one the connector does not support, is refused with {@link CallControlRefused}.
 */
@Local
public interface CallControls {

  CallCommandReceipt act(UUID callId, CallAction action);

  CallCommandReceipt sendDigits(UUID callId, DigitsRequest digits);

  /** To an agent: the agent is reserved for the call (their desk is offered it) until they answer or it ends. */
  CallCommandReceipt transfer(UUID callId, TransferRequest transfer);

  CallCommandReceipt conference(UUID callId, TransferTarget target);

  /** Places a call from the agent's phone to a contact's number; the answer names the new call's id. */
  CallCommandReceipt dial(ClickToCall call);

  /** Agents (with their presence) and queues to transfer to, by name. */
  List<TransferTargetView> transferTargets();
}
