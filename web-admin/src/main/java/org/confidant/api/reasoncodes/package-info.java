/** Reason codes over REST: admins change them, supervisors read them. */
package org.confidant.api.reasoncodes;
