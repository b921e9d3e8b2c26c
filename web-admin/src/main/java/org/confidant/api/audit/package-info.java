/** {@code /api/v1/audit}: verification, export and public key of the tamper-evident audit trail (auditors only). */
package org.confidant.api.audit;
