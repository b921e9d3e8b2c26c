/** The audit trail's rows read with SQL built from an auditor's criteria (always bound parameters, never text). */
package org.confidant.audit.search.infrastructure;
