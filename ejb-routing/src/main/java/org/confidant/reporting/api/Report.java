package org.confidant.reporting.api;

import java.util.List;

/** A report's rows, with the settings they were counted with and the service level's label. */
public record Report(ReportRequest request, String serviceLevelLabel, List<ReportRow> rows) {}
