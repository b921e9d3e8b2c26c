/** Thin transactional edges around the call domain: event intake, projections fed by call events. */
package org.confidant.calls.application;
