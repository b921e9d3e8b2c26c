/**
 * {@code /api/v1/contacts}, {@code /api/v1/organisations} and {@code /api/v1/break-glass}: patient and client records,
 * masked by role, opened routinely or by breaking the glass (header {@value
 * org.confidant.api.contacts.ContactsResource#BREAK_GLASS_REASON}). See docs/records.md.
 */
package org.confidant.api.contacts;
