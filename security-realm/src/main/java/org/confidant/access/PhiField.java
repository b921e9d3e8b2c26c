package org.confidant.access;

/** The kinds of PHI a record shows, each masked by its own rule. */
public enum PhiField {
  NAME, BIRTH_DATE, PHONE, EMAIL, RECORD_NUMBER, CUSTOM_FIELD, CASE_SUBJECT, NOTE
}
