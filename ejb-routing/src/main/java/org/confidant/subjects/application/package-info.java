/**
 * Data-subject requests' beans: gathering a person's records from the features that own them, the signed export,
 * the two-person erasure carried out in one transaction with its signed report.
 */
package org.confidant.subjects.application;
