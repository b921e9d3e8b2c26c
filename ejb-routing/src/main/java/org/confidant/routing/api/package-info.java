/** Routing's contract with the web tier: local business interfaces and immutable views. No entities. */
package org.confidant.routing.api;
