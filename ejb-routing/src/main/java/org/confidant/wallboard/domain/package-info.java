/** The wallboard's figures as plain arithmetic: line, agents by state, service level so far today. */
package org.confidant.wallboard.domain;
