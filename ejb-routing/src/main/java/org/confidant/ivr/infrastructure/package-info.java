/** JPA mappings of the IVR tables (created by db-migrations; Hibernate only validates them) and their JSON. */
package org.confidant.ivr.infrastructure;
