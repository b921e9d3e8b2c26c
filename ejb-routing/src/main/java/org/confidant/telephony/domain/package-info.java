/**
 * The rules of the HTTP CTI API's connectors, in plain Java: request and webhook signatures, idempotency-key
 * decisions, the command delivery schedule, callback addresses and signing secrets.
 */
package org.confidant.telephony.domain;
