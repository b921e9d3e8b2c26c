/** The console's historical reports page: filters, a table, a chart and CSV download. */
package org.confidant.console.reports;
