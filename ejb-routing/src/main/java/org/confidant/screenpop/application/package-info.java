/** Builds agents' calls and screen pops for the desktop's push channel, and audits every contact shown. */
package org.confidant.screenpop.application;
