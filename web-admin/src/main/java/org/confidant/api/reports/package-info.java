/** {@code /api/v1/reports}: historical reports per interval and queue or agent, as JSON or CSV. */
package org.confidant.api.reports;
