package org.confidant.subjects.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confidant.recordings.domain.LegalHold;

/**
 * What an erasure erases and what it keeps, and why. A record is kept when a standing legal hold names anything it
 * is linked to (a hold on the person's contact keeps everything of theirs). The contact itself is also kept when a
 * held case or note needs its data key: the contact's key seals their fields, case subjects and notes alike, so
 * destroying it would destroy what the hold keeps. Everything else is erased.
 */
public final class ErasurePlan {

  /** Why a record is kept. */
  public enum Why {
    /** A standing legal hold names the record or something it is linked to. */
    LEGAL_HOLD,
    /** The contact's data key also seals a case or note a legal hold keeps. */
    KEY_SHARED_WITH_HELD_RECORD
  }

  /** A record kept, why, and the holds that keep it (or the held records that need its key). */
  public record Kept(SubjectItem item, Why why, List<UUID> holds) {
    public Kept {
      holds = List.copyOf(holds);
    }
  }

  private final List<SubjectItem> erased;
  private final List<Kept> kept;

  private ErasurePlan(List<SubjectItem> erased, List<Kept> kept) {
    this.erased = List.copyOf(erased);
    this.kept = List.copyOf(kept);
  }

  public static ErasurePlan of(Collection<SubjectItem> items, Collection<LegalHold> holds) {
    List<SubjectItem> erased = new ArrayList<>();
    List<Kept> kept = new ArrayList<>();
    for (SubjectItem item : items) {
      List<UUID> blocking = holds.stream()
          .filter(hold -> hold.stands() && item.links().contains(hold.subject()))
          .map(LegalHold::id).distinct().toList();
      if (blocking.isEmpty()) {
        erased.add(item);
      } else {
        kept.add(new Kept(item, Why.LEGAL_HOLD, blocking));
      }
    }
    List<UUID> heldUnderContactKey = kept.stream().map(Kept::item)
        .filter(SubjectItem::sealedWithContactKey).map(SubjectItem::id).toList();
    if (!heldUnderContactKey.isEmpty()) {
      erased.stream().filter(item -> item.kind() == SubjectItem.Kind.CONTACT).findFirst().ifPresent(contact -> {
        erased.remove(contact);
        kept.add(new Kept(contact, Why.KEY_SHARED_WITH_HELD_RECORD, heldUnderContactKey));
      });
    }
    return new ErasurePlan(erased, kept);
  }

  public List<SubjectItem> erased() {
    return erased;
  }

  public List<Kept> kept() {
    return kept;
  }

  /** Why a record is kept; empty when it is erased (or not part of the plan). */
  public Optional<Kept> keeps(SubjectItem.Kind kind, UUID id) {
    return kept.stream().filter(k -> k.item().kind() == kind && k.item().id().equals(id)).findFirst();
  }

  /** The records of one kind that are erased, in the order they were found. */
  public List<UUID> erased(SubjectItem.Kind kind) {
    return erased.stream().filter(item -> item.kind() == kind).map(SubjectItem::id).toList();
  }
}
