/** The screen pop's rules in plain Java: what a pop holds, masked for the agent role; how a call's state reads on the desktop. */
package org.confidant.screenpop.domain;
