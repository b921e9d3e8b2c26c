/** The cases EJB: cases and notes, sealed with their contact's key, opened through the contact's access gate. */
package org.confidant.cases.application;
