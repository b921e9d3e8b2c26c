/**
 * Call recordings: encrypted on the way to local disk (one streaming-AEAD data key per recording, wrapped by the
 * vault's key-encryption key), played back by byte range, exported as a signed package, and destroyed by
 * destroying their key when retention ends — unless a legal hold stands. See docs/recordings.md.
 */
package org.confidant.recordings;
