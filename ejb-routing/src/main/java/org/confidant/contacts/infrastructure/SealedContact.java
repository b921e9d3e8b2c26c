package org.confidant.contacts.infrastructure;

/** A contact's PHI columns, each sealed at its own address. */
public record SealedContact(
    byte[] name, byte[] birthDate, byte[] email, byte[] phones, byte[] recordNumbers, byte[] customFields) {}
