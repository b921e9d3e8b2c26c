/** The wallboard's contract with the web tier: the wallboard interface and its immutable snapshot. No entities. */
package org.confidant.wallboard.api;
