package org.confidant.contacts.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The normal forms that blind indexes are computed over, so that the same value written two ways finds the same
 * record. A name is never indexed alone: common names would show, by their frequency, in the index; a name together
 * with its birth date is nearly unique, and is how a clinic identifies a patient.
 */
public final class LookupKeys {

  private LookupKeys() {}

  /** A record number without case, spaces, dashes, dots or slashes: "mrn 004-2137" and "MRN0042137" are one. */
  public static String recordNumber(String written) {
    return written.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-./]", "");
  }

  /** Name and birth date: accents, case, punctuation and spacing of the name do not matter. */
  public static String identity(String name, LocalDate birthDate) {
    return name(name) + "|" + birthDate;
  }

  static String name(String written) {
    String withoutAccents = Normalizer.normalize(written, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }
}
