/**
 * Data-subject requests' contract with the web tier: find everything about one person, export it signed, erase it
 * by two people's decision with a signed report. No entities.
 */
package org.confidant.subjects.api;
