/**
 * The live wallboard: a WebSocket that pushes the floor's snapshot to supervisors when it changes (driven by the
 * routing and agents topics, paced to at most four pushes a second), and the page's supervisor actions.
 */
package org.confidant.console.wallboard;
