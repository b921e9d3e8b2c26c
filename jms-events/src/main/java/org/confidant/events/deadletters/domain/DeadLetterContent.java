package org.confidant.events.deadletters.domain;

/** One dead letter with its body: the event envelope as JSON (null if the body is not text). May carry PHI. */
public record DeadLetterContent(DeadLetter deadLetter, String envelope) {}
