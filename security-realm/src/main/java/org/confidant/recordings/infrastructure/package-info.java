/**
 * Where recordings live: the encrypted media files under the storage directory, their rows (JDBC: this module has no
 * persistence unit), the signed export package, and the rewrapping of their keys on KEK rotation.
 */
package org.confidant.recordings.infrastructure;
