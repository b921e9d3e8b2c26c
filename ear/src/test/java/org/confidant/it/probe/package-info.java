/**
 * Test-only deployments that act inside the server where the product offers no way in: never part of the EAR.
 */
package org.confidant.it.probe;
