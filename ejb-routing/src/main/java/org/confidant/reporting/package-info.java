/** Reporting: historical figures per interval, queue and agent, and the staffing (Erlang C / A) calculator. */
package org.confidant.reporting;
