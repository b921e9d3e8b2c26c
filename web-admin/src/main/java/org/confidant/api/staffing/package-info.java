/** {@code /api/v1/staffing}: the Erlang C calculator and its history-based prefill. */
package org.confidant.api.staffing;
