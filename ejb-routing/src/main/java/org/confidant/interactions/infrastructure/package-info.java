/** JPA mappings of interactions, their notes (ciphertext), disposition codes and webhook subscriptions/deliveries. */
package org.confidant.interactions.infrastructure;
