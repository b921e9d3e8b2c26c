package org.confidant.audit.search.domain;

import java.util.List;

/** One page of a search: its entries (newest first), where it is, and how many entries the criteria find in all. */
public record AuditPage(List<AuditRecord> entries, int page, int size, long total) {

  public AuditPage {
    entries = List.copyOf(entries);
  }

  public long pages() {
    return (total + size - 1) / size;
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  public boolean hasPrevious() {
    return page > 0;
  }
}
