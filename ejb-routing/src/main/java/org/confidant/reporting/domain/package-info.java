/** Report formulas, intervals in a site's time zone, and Erlang C / Erlang A staffing, in plain Java. */
package org.confidant.reporting.domain;
