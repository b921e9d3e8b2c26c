/**
 * The SIP connector: Kamailio (registrar, service numbers, dialog tracking; its configuration is in {@code
 * telephony/kamailio}) linked to Confidant over one loopback TCP connection (Kamailio's evapi, netstrings of JSON).
 * Kamailio's messages become the same connector events and device registrations the HTTP CTI API takes; the
 * connector's commands go back over the link. A registered connector whose callback is {@code kamailio://<loopback
 * address>:<port>} is this link (docs/sip.md, decision 14).
 */
package org.confidant.telephony.sip;
