/** Routing rules in plain Java: no container types here. */
package org.confidant.routing.domain;
