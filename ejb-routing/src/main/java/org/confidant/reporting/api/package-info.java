/** Reporting's contract with the web tier: the wallboard interface and its immutable snapshot. No entities. */
package org.confidant.reporting.api;
