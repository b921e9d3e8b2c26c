package org.confidant.access;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.confidant.identity.Roles;

/**
 * Minimum necessary, by role. Supervisors see records whole. Agents see what a call needs — the name, phone numbers,
 * case subjects and notes — and confirm the rest with the caller from a part: the day of the birth date, the last
 * four characters of a record number, the first letter and domain of an email; custom fields are hidden. A deployment
 * may give agents more, field by field (a nurse line needs the birth date). No other role (admin, auditor,
 * telephony) reads PHI content at all.
 */
public final class MaskingPolicy {

  private static final String MASK = "****";

  private static final Map<PhiField, Disclosure> AGENT_DEFAULTS = agentDefaults();

  private final Map<PhiField, Disclosure> agent;

  /** The standard policy, with the fields a deployment lets its agents see in full. */
  public MaskingPolicy(Collection<PhiField> agentSeesInFull) {
    this.agent = new EnumMap<>(AGENT_DEFAULTS);
    agentSeesInFull.forEach(field -> agent.put(field, Disclosure.FULL));
  }

  public static MaskingPolicy standard() {
    return new MaskingPolicy(Set.of());
  }

  /** Whether a caller with these roles may read PHI content at all. */
  public boolean mayReadPhi(Set<String> roles) {
    return roles.contains(Roles.SUPERVISOR) || roles.contains(Roles.AGENT);
  }

  /** The most a caller with these roles sees of a field (the highest of their roles'). */
  public Disclosure disclosure(Set<String> roles, PhiField field) {
    if (roles.contains(Roles.SUPERVISOR)) {
      return Disclosure.FULL;
    }
    return roles.contains(Roles.AGENT) ? agent.get(field) : Disclosure.HIDDEN;
  }

  /** The value as a caller with these roles may see it; null when hidden (or when there is no value). */
  public String show(Set<String> roles, PhiField field, String value) {
    if (value == null) {
      return null;
    }
    return switch (disclosure(roles, field)) {
      case FULL -> value;
      case PARTIAL -> partial(field, value);
      case HIDDEN -> null;
    };
  }

  /** The part of a value that confirms it without disclosing it. */
  static String partial(PhiField field, String value) {
    return switch (field) {
      // ISO date: keep the day only, the shape stays readable ("****-**-15").
      case BIRTH_DATE -> value.length() == 10 ? "****-**-" + value.substring(8) : MASK;
      case RECORD_NUMBER, PHONE -> lastFour(value);
      case EMAIL -> email(value);
      case NAME -> initials(value);
      case CUSTOM_FIELD, CASE_SUBJECT, NOTE -> MASK;
    };
  }

  private static String lastFour(String value) {
    return value.length() <= 4 ? MASK : MASK + value.substring(value.length() - 4);
  }

  private static String email(String value) {
    int at = value.indexOf('@');
    return at < 1 ? MASK : value.charAt(0) + "***" + value.substring(at);
  }

  private static String initials(String value) {
    StringBuilder initials = new StringBuilder();
    for (String word : value.trim().split("\\s+")) {
      if (!word.isEmpty()) {
        initials.append(word.charAt(0)).append(". ");
      }
    }
    return initials.toString().trim();
  }

  private static Map<PhiField, Disclosure> agentDefaults() {
    Map<PhiField, Disclosure> defaults = new EnumMap<>(PhiField.class);
    EnumSet.of(PhiField.NAME, PhiField.PHONE, PhiField.CASE_SUBJECT, PhiField.NOTE)
        .forEach(field -> defaults.put(field, Disclosure.FULL));
    EnumSet.of(PhiField.BIRTH_DATE, PhiField.RECORD_NUMBER, PhiField.EMAIL)
        .forEach(field -> defaults.put(field, Disclosure.PARTIAL));
    defaults.put(PhiField.CUSTOM_FIELD, Disclosure.HIDDEN);
    return defaults;
  }
}
