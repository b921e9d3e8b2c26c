/**
 * Contacts (patients or clients) and organisations: PHI sealed field by field with a data key per contact, phone
 * numbers and record numbers found through keyed blind indexes, caller identification for the screen pop, routine
 * access and break-glass, masking by role. See docs/records.md.
 */
package org.confidant.contacts;
