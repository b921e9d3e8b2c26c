/** The agent desk over REST: the signed-in agent's call controls and click-to-call. */
package org.confidant.api.desk;
