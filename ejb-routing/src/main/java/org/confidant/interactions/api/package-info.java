/**
 * The call log as web-admin sees it: interactions (read, disposition, notes, links), disposition codes, and the
 * webhook subscriptions interaction events are posted to. Refusals are the configuration API's (unknown → 404,
 * conflict/stale → 409) and {@link org.confidant.interactions.api.InteractionAccessDenied} (403).
 */
package org.confidant.interactions.api;
