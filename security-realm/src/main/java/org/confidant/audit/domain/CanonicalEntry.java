package org.confidant.audit.domain;

/**
 * The canonical form of an entry at a place in the chain, in this fixed order: the tag
 * {@code "confidant-audit-entry/1"}, sequence, recordedAt, actor, roles, action, resourceType, resourceId, outcome,
 * clientAddress, reason (encoding: {@link CanonicalForm}). The sequence is inside, so an entry moved to another place
 * no longer verifies.
 */
public final class CanonicalEntry {

  public static final String TAG = "confidant-audit-entry/1";

  private CanonicalEntry() {}

  public static byte[] encode(long sequence, EntryContent content) {
    return write(new CanonicalForm(), sequence, content).toBytes();
  }

  static CanonicalForm write(CanonicalForm form, long sequence, EntryContent content) {
    return form.reset()
        .text(TAG)
        .number(sequence)
        .instant(content.recordedAt())
        .text(content.actor())
        .text(content.roles())
        .text(content.action())
        .text(content.resourceType())
        .text(content.resourceId())
        .text(content.outcome())
        .text(content.clientAddress())
        .text(content.reason());
  }
}
