/**
 * Dead letters in plain Java: what an operator sees of one (never its payload), how it is identified, which
 * message properties a replay carries over and where a replay is sent.
 */
package org.confidant.events.deadletters.domain;
