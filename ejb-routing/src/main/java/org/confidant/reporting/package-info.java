/**
 * Reporting: what supervisors watch. Today the live wallboard (per queue and per agent, as of now and so far
 * today); historical reports join here later.
 */
package org.confidant.reporting;
