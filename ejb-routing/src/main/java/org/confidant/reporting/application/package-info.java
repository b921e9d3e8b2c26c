/** Report and staffing beans, and the consumers that keep the report facts from call and agent events. */
package org.confidant.reporting.application;
