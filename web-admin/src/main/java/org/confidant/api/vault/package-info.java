/** The vault over REST, for admins: its state and key-encryption key rotation. Never a key. */
package org.confidant.api.vault;
