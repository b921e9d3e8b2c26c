/**
 * Liveness and readiness on the public port ({@code /api/v1/health/live}, {@code /api/v1/health/ready}), for load
 * balancers and the launcher. Ready means the database, the broker and the identity provider all answer; a probe
 * that fails reports a short reason fit for an operator, never an exception trace.
 */
package org.confidant.health;
