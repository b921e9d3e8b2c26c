/**
 * Minimum-necessary access to PHI: which roles may read patient or client content at all, and how much of each kind
 * of field each role sees ({@link org.confidant.access.MaskingPolicy}). Plain Java, used by every feature that shows
 * PHI.
 */
package org.confidant.access;
