/**
 * The rules of data-subject requests, without a container: what an erasure erases and what a legal hold (or a
 * key shared with a held record) keeps, the stated reason, and the two-person life of an erasure request.
 */
package org.confidant.subjects.domain;
