/**
 * Schema migrations. The SQL under {@code db/migration} is the only way the schema changes; it is applied by
 * {@link org.confidant.migrations.MigrateBeforeHibernate} while the persistence unit boots, before Hibernate
 * validates its mappings against the tables.
 */
package org.confidant.migrations;
