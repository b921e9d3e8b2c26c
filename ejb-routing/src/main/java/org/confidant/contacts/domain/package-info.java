/**
 * The rules of contact records, without a container: phone numbers to E.164, the normal forms blind indexes are
 * computed over, sealing a field bound to its place (table, column, row), and who has routine access to a record.
 */
package org.confidant.contacts.domain;
