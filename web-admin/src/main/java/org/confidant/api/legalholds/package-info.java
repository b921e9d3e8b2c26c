/**
 * Legal holds over REST: supervisors and admins place holds and release them — a release asked for by one person
 * and approved by another; auditors read them.
 */
package org.confidant.api.legalholds;
