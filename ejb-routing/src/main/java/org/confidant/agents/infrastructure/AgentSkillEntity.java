package org.confidant.agents.infrastructure;

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
import org.confidant.routing.infrastructure.SkillEntity;

/** An agent's proficiency (1-10) in one skill. */
@Entity
@Table(name = "agent_skill")
public class AgentSkillEntity {

  @EmbeddedId private Key key;

  @MapsId("agentId")
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agent_id")
  private AgentEntity agent;

  @MapsId("skillId")
  @ManyToOne(optional = false)
  @JoinColumn(name = "skill_id")
  private SkillEntity skill;

  @Column(nullable = false)
  private short proficiency;

  protected AgentSkillEntity() {}

  public AgentSkillEntity(AgentEntity agent, SkillEntity skill, int proficiency) {
    this.key = new Key(agent.getId(), skill.getId());
    this.agent = agent;
    this.skill = skill;
    this.proficiency = (short) proficiency;
  }

  public SkillEntity getSkill() {
    return skill;
  }

  @Embeddable
  public record Key(
      @Column(name = "agent_id") UUID agentId, @Column(name = "skill_id") UUID skillId)
      implements Serializable {}

  public UUID getSkillId() {
    return key.skillId();
  }

  public int getProficiency() {
    return proficiency;
  }
}
