/**
 * The agent desk's call controls: what an agent asks of the call they are on (answer, hold, transfer, DTMF…) and
 * click-to-call, each turned into a command for the call's connector.
 */
package org.confidant.desk;
