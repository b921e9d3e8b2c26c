/** The report queries: aggregation in PostgreSQL over the report facts. */
package org.confidant.reporting.infrastructure;
