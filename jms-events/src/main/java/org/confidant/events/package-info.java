/** The event bus: catalogue of past-tense events, their destinations on the embedded Artemis broker, delivery. */
package org.confidant.events;
