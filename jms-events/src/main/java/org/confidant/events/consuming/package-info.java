/** What makes consumers idempotent: a record of the events each consumer has already handled. */
package org.confidant.events.consuming;
