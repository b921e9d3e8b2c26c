/** The HTTP CTI API: telephony systems post call events here. */
package org.confidant.api.telephony;
