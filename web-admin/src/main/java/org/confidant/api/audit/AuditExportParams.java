package org.confidant.api.audit;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.confidant.audit.search.domain.ExportFormat;

/** An export's criteria (as a search's; the page is ignored) and its format. */
public class AuditExportParams extends AuditSearchParams {

  @QueryParam("format")
  @DefaultValue("csv")
  @Pattern(regexp = "csv|json", message = "must be csv or json")
  private String format = "csv";

  public ExportFormat toFormat() {
    return ExportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }
}
