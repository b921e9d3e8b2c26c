/** What web-admin may ask of reporting: reports per interval and queue or agent, and staffing. */
package org.confidant.reporting.api;
