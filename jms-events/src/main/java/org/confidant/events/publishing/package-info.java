/** The one way to publish: inside the caller's transaction, through the XA connection factory. */
package org.confidant.events.publishing;
