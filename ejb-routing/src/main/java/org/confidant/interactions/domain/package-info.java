/** The interaction record's rules: phases, first times, per-phase totals, participants, holds, transfers. */
package org.confidant.interactions.domain;
