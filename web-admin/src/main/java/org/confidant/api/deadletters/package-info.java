/** Dead letters over REST, for admins: list, read, replay, discard; every replay and discard audited. */
package org.confidant.api.deadletters;
