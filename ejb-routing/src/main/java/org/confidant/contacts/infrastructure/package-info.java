/** JPA mappings of contacts and organisations: sealed columns as bytes, the wrapped data key beside them. */
package org.confidant.contacts.infrastructure;
