/** The {@code subject_erasure} rows (JPA). */
package org.confidant.subjects.infrastructure;
