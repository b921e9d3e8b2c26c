package org.confidant.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.confidant.access.MaskingPolicy;
import org.confidant.identity.Roles;
import org.junit.jupiter.api.Test;

class RoutineAccessTest {

  private static final Set<String> AGENT = Set.of(Roles.AGENT);
  private static final AccessFacts NO_TIES = new AccessFacts(false, false, false);
  private static final BreakGlassReason REASON = new BreakGlassReason("caller collapsed, GP not reachable");

  private final RoutineAccess rule = new RoutineAccess(MaskingPolicy.standard());

  @Test
  void anAgentOpensContactsTheyRegisteredOrWithAnOpenCaseOfTheirsOrTheirTeams() {
    assertThat(rule.decide(AGENT, new AccessFacts(true, false, false), null)).isEqualTo(AccessDecision.ROUTINE);
    assertThat(rule.decide(AGENT, new AccessFacts(false, true, false), null)).isEqualTo(AccessDecision.ROUTINE);
  }

  @Test
  void anAgentWithoutTiesNeedsAReason() {
    assertThat(rule.decide(AGENT, NO_TIES, null)).isEqualTo(AccessDecision.REASON_REQUIRED);
    assertThat(rule.decide(AGENT, NO_TIES, REASON)).isEqualTo(AccessDecision.BREAK_GLASS);
  }

  @Test
  void aRecentBreakGlassKeepsTheRecordOpenWithoutAnotherReason() {
    assertThat(rule.decide(AGENT, new AccessFacts(false, false, true), null)).isEqualTo(AccessDecision.BREAK_GLASS);
  }

  @Test
  void aReasonIsNotNeededWhereAccessIsRoutine() {
    assertThat(rule.decide(AGENT, new AccessFacts(true, false, false), REASON)).isEqualTo(AccessDecision.ROUTINE);
  }

  @Test
  void supervisorsOverseeEveryRecord() {
    assertThat(rule.decide(Set.of(Roles.SUPERVISOR), NO_TIES, null)).isEqualTo(AccessDecision.ROUTINE);
  }

  @Test
  void rolesThatReadNoPhiAreRefusedEvenWithAReason() {
    assertThat(rule.decide(Set.of(Roles.AUDITOR), NO_TIES, REASON)).isEqualTo(AccessDecision.REFUSED);
    assertThat(rule.decide(Set.of(Roles.ADMIN), new AccessFacts(true, true, true), null))
        .isEqualTo(AccessDecision.REFUSED);
  }

  @Test
  void aReasonIsASentenceNotAToken() {
    assertThat(BreakGlassReason.ofNullable("  ")).isNull();
    assertThatThrownBy(() -> new BreakGlassReason("urgent")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BreakGlassReason("x".repeat(501))).isInstanceOf(IllegalArgumentException.class);
    assertThat(new BreakGlassReason("  patient in ED, unconscious  ").text()).isEqualTo("patient in ED, unconscious");
  }
}
