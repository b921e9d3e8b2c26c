/** The console page that starts, watches and stops the simulated phone system. */
package org.confidant.console.simulator;
