/** The console's staffing page: the Erlang C calculator, prefilled from history. */
package org.confidant.console.staffing;
