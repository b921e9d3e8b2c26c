package org.confidant.events.deadletters.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

  static DeadLetter deadLetter(String address, String queue) {
    String messageId = "ID:" + UUID.randomUUID();
    return new DeadLetter(DeadLetter.idOf(messageId, queue), messageId, UUID.randomUUID(), "CallProgressed",
        address, queue, 1, Instant.parse("2026-11-24T09:00:00Z"), 120);
  }

  @Test
  void theDeadLettersOfOneMessageOnTwoSubscriptionsHaveDifferentIds() {
    assertThat(DeadLetter.idOf("ID:1", "confidant.call-daily-totals"))
        .isNotEqualTo(DeadLetter.idOf("ID:1", "confidant.wallboard"));
  }

  @Test
  void aDeadLetterKeepsItsIdForAsLongAsItExists() {
    assertThat(DeadLetter.idOf("ID:1", "q")).isEqualTo(DeadLetter.idOf("ID:1", "q"));
  }

  @Test
  void aDeadLetterFromATopicGoesBackToItsSubscriptionOnly() {
    ReplayRoute route = ReplayRoute.backTo(deadLetter("jms.topic.CallEvents", "confidant.call-daily-totals"));

    assertThat(route).isEqualTo(new ReplayRoute(ReplayRoute.Kind.TOPIC, "CallEvents::confidant.call-daily-totals"));
    assertThat(route).hasToString("topic CallEvents::confidant.call-daily-totals");
  }

  @Test
  void aReplayThatDiedAgainGoesBackTheSameWay() {
    DeadLetter deadAgain = deadLetter("jms.topic.CallEvents::confidant.call-daily-totals", "confidant.call-daily-totals");

    assertThat(deadAgain.originalAddress()).isEqualTo("jms.topic.CallEvents");
    assertThat(ReplayRoute.backTo(deadAgain))
        .isEqualTo(new ReplayRoute(ReplayRoute.Kind.TOPIC, "CallEvents::confidant.call-daily-totals"));
  }

  @Test
  void aDeadLetterFromAQueueGoesBackToTheQueue() {
    assertThat(ReplayRoute.backTo(deadLetter("jms.queue.Webhooks", "jms.queue.Webhooks")))
        .isEqualTo(new ReplayRoute(ReplayRoute.Kind.QUEUE, "Webhooks"));
  }

  @Test
  void aMessageThatWasNeverOnAJmsDestinationIsNotReplayed() {
    DeadLetter sentStraightToTheDeadLetterQueue = deadLetter("", "");

    assertThatThrownBy(() -> ReplayRoute.backTo(sentStraightToTheDeadLetterQueue))
        .isInstanceOf(NotReplayable.class);
  }

  @Test
  void aReplayCarriesTheEventPropertiesButNotTheBrokersBookkeeping() {
    assertThat(ReplayedProperties.carriedOver("eventId")).isTrue();
    assertThat(ReplayedProperties.carriedOver("eventType")).isTrue();
    assertThat(ReplayedProperties.carriedOver("_AMQ_ORIG_ADDRESS")).isFalse();
    assertThat(ReplayedProperties.carriedOver("_AMQ_ORIG_QUEUE")).isFalse();
    assertThat(ReplayedProperties.carriedOver("__AMQ_CID")).isFalse();
    assertThat(ReplayedProperties.carriedOver("JMSXDeliveryCount")).isFalse();
    assertThat(ReplayedProperties.carriedOver("JMS_AMQP_HEADER")).isFalse();
  }

  @Test
  void theSelectorNamesTheMessageAndItsOriginalQueue() {
    assertThat(DeadLetterSelector.of("ID:abc", "confidant.call-daily-totals"))
        .isEqualTo("JMSMessageID = 'ID:abc' AND _AMQ_ORIG_QUEUE = 'confidant.call-daily-totals'");
  }

  @Test
  void aQuoteInANameCannotEndTheSelectorsLiteral() {
    assertThat(DeadLetterSelector.of("ID:x' OR '1'='1", "q"))
        .isEqualTo("JMSMessageID = 'ID:x'' OR ''1''=''1' AND _AMQ_ORIG_QUEUE = 'q'");
  }
}
