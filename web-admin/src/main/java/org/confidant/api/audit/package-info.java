/**
 * {@code /api/v1/audit}: the tamper-evident audit trail for auditors — verification, the chain export and its
 * public key; searching entries and signed CSV/JSON exports of a search; the login-event import (status and an
 * on-demand run).
 */
package org.confidant.api.audit;
