/** {@code /api/v1/cases}: cases (tickets, matters) on contacts; their notes are under the contact. */
package org.confidant.api.cases;
