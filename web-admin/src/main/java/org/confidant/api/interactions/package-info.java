/** The call log over REST: interactions, disposition codes, and webhook subscriptions to interaction events. */
package org.confidant.api.interactions;
