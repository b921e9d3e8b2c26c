package org.confidant.it.probe;

import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/**
 * Publishes a poison message on CallEvents: a CallProgressed envelope whose payload is not JSON, so the
 * call-daily-totals consumer throws on every delivery. The product cannot publish one (its publisher only sends the
 * envelopes it builds), and the broker accepts no remote JMS client without an application user, so the test
 * deploys this servlet next to the EAR for the duration of DeadLettersIT.
 */
@WebServlet("/poison")
public class PoisonMessageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** In the payload, so a test can see whether a response carries the payload. */
  public static final String MARKER = "this payload is not JSON";

  @Resource(lookup = "java:/ConnectionFactory")
  private transient ConnectionFactory connectionFactory;

  @Resource(lookup = "java:/jms/topic/confidant/CallEvents")
  private transient Topic callEvents;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    UUID eventId = UUID.fromString(request.getParameter("eventId"));
    String envelope = "{\"id\":\"" + eventId + "\",\"type\":\"CallProgressed\",\"version\":1,"
        + "\"occurredAt\":\"2026-11-24T09:00:00Z\",\"correlationId\":\"" + UUID.randomUUID() + "\","
        + "\"payload\":\"" + MARKER + "\"}";
    try (JMSContext jms = connectionFactory.createContext()) {
      TextMessage message = jms.createTextMessage(envelope);
      message.setStringProperty("eventType", "CallProgressed");
      message.setStringProperty("eventId", eventId.toString());
      jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(callEvents, message);
    } catch (JMSException e) {
      throw new IOException("could not publish the poison message", e);
    }
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
