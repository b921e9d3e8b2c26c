/** The event envelope every published event travels in: immutable, versioned, JSON. */
package org.confidant.events.catalogue;
