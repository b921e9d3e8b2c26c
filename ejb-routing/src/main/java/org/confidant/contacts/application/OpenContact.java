package org.confidant.contacts.application;

import org.confidant.contacts.domain.AccessDecision;
import org.confidant.contacts.infrastructure.ContactEntity;

/** A contact the caller may read, and on what basis (routine or break-glass). */
public record OpenContact(ContactEntity contact, AccessDecision access) {}
