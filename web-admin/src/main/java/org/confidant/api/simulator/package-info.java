/** Controls of the simulated phone system (demo and load generator). */
package org.confidant.api.simulator;
