package org.confidant.contacts.domain;

/**
 * What ties a user to a contact: they registered it, a case of it is open and owned by them or their team, or they
 * broke the glass on it a short while ago.
 */
public record AccessFacts(boolean registeredByUser, boolean openCaseOfUserOrTeam, boolean recentBreakGlass) {}
