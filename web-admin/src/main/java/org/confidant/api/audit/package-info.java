/**
 * {@code /api/v1/audit}: the auditor's search of the trail, signed exports and the key that verifies them, and the
 * login-event import (status and an on-demand run).
 */
package org.confidant.api.audit;
