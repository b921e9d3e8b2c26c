/** {@code /api/v1/staffing}: the Erlang C and Erlang A calculators. */
package org.confidant.api.staffing;
