/**
 * The audit trail's edges: the tables over JDBC, the sealer that chains committed entries and signs checkpoints,
 * its timer, and the checkpoint key from the vault.
 */
package org.confidant.audit.infrastructure;
