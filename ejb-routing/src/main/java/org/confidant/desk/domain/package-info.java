/** The desk's rules, plain Java: which control an agent may use in which state, and where a transfer goes. */
package org.confidant.desk.domain;
