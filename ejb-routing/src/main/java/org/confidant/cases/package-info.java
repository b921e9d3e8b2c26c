/**
 * Cases (tickets, matters) and notes on a contact or a case. A case's subject and a note's text are sealed with their
 * contact's data key (so shredding the contact's key erases them too); reading them needs access to the contact.
 */
package org.confidant.cases;
