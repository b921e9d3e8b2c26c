/** What the edges may call about calls: the telephony event intake. */
package org.confidant.calls.api;
