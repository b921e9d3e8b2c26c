/** The screen pop's reads: plain SQL over routing, calls, interactions and agents, by id (no PHI is read here). */
package org.confidant.screenpop.infrastructure;
