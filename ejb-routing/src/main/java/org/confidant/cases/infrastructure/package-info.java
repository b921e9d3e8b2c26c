/** JPA mappings of cases and notes; subject and text are sealed bytes. */
package org.confidant.cases.infrastructure;
