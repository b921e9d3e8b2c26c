/** JPA mappings of routing's tables (created by db-migrations; Hibernate only validates them). */
package org.confidant.routing.infrastructure;
