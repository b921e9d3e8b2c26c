/** The call controls bean: checks the rules, sends the command, audits. */
package org.confidant.desk.application;
