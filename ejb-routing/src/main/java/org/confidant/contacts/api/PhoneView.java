package org.confidant.contacts.api;

/** A phone number (E.164, or masked) and its label ("mobile", "home"). */
public record PhoneView(String label, String number) {}
