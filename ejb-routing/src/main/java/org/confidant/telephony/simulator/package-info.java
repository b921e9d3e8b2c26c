/**
 * The simulated phone system: the demo's default connector and our load generator. Plain-Java simulation
 * ({@link org.confidant.telephony.simulator.Simulation}) over two ports — the telephony event intake and the
 * router — driven in real time by a bean.
 */
package org.confidant.telephony.simulator;
