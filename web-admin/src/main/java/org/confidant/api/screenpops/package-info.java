/** {@code /api/v1/screen-pops/latency}: the screen pop's latency on this server, for the benchmark. */
package org.confidant.api.screenpops;
