/**
 * {@code /api/v1/subject-requests}: data-subject requests — find everything about one person, export it signed,
 * erase it (a reason, then a second person's approval) with a signed report. See docs/data-subject-requests.md.
 */
package org.confidant.api.subjects;
