/**
 * The call log kept in the ledger's and the router's transactions, the agents' and supervisors' use of it, disposition
 * codes, and interaction events posted as signed webhooks through an outbox.
 */
package org.confidant.interactions.application;
