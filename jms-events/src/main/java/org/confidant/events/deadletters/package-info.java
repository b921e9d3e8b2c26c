/**
 * Dead letters: messages the broker gave up on after the last redelivery, kept in the one dead-letter queue with
 * their original address and queue. Admins list them (never their payload), read one, replay it to the queue whose
 * consumer failed, or discard it. Replays are safe because consumers are idempotent (DeliveryLedger).
 */
package org.confidant.events.deadletters;
