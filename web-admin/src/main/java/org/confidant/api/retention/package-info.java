/** Retention over REST: policies per queue and record type (admins change them, auditors read them) and purges. */
package org.confidant.api.retention;
