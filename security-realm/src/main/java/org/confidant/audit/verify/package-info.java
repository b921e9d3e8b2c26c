/** The command-line verifier of audit exports, for auditors: the JDK and the security-realm jar are all it needs. */
package org.confidant.audit.verify;
