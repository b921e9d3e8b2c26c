/** Destinations on the embedded Artemis broker and the broker's reachability. */
package org.confidant.events.broker;
