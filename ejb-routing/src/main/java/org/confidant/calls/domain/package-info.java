/** The call state machine and the ordering of telephony events, in plain Java. */
package org.confidant.calls.domain;
