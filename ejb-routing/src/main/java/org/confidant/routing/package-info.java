/**
 * Routing: queues, the skills their calls need, and (with the CTI core) the engine that picks the best available
 * agent. Split into {@code api} (what web-admin may call), {@code domain} (plain rules), {@code application}
 * (EJBs orchestrating a use case) and {@code infrastructure} (JPA mappings).
 */
package org.confidant.routing;
