package org.confidant.routing.api;

/**
 * Bean Validation group of an update: it must carry the {@code version} the client loaded, so that a change made
 * meanwhile by someone else is refused ({@link StaleConfiguration}) instead of overwritten.
 */
public interface Revision {}
