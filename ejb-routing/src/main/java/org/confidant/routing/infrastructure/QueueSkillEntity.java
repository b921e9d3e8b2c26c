package org.confidant.routing.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A skill a queue's calls need, with the least proficiency required. */
@Entity
@Table(name = "queue_skill")
public class QueueSkillEntity {

  @EmbeddedId private Key key;

  @MapsId("queueId")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "queue_id")
  private QueueEntity queue;

  @MapsId("skillId")
  @ManyToOne(optional = false)
  @JoinColumn(name = "skill_id")
  private SkillEntity skill;

  @Column(name = "min_proficiency", nullable = false)
  private short minProficiency;

  public SkillEntity getSkill() {
    return skill;
  }

  public int getMinProficiency() {
    return minProficiency;
  }

  @Embeddable
  public record Key(
      @Column(name = "queue_id") UUID queueId, @Column(name = "skill_id") UUID skillId)
      implements Serializable {}
}
