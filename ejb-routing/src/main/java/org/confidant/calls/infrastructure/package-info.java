/** JPA mappings of calls, their phases and the events received. */
package org.confidant.calls.infrastructure;
