package org.confidant.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.confidant.identity.Roles;
import org.junit.jupiter.api.Test;

class MaskingPolicyTest {

  private static final Set<String> AGENT = Set.of(Roles.AGENT);
  private static final Set<String> SUPERVISOR = Set.of(Roles.SUPERVISOR);
  private final MaskingPolicy policy = MaskingPolicy.standard();

  @Test
  void anAgentSeesTheDayOfTheBirthDateOnly() {
    assertThat(policy.show(AGENT, PhiField.BIRTH_DATE, "1961-03-15")).isEqualTo("****-**-15");
  }

  @Test
  void anAgentSeesTheLastFourCharactersOfARecordNumber() {
    assertThat(policy.show(AGENT, PhiField.RECORD_NUMBER, "MRN-0042137")).isEqualTo("****2137");
    assertThat(policy.show(AGENT, PhiField.RECORD_NUMBER, "417")).isEqualTo("****");
  }

  @Test
  void anAgentSeesTheFirstLetterAndTheDomainOfAnEmail() {
    assertThat(policy.show(AGENT, PhiField.EMAIL, "maria.lopez@example.org")).isEqualTo("m***@example.org");
  }

  @Test
  void anAgentSeesWhatACallNeedsInFullAndNoCustomFields() {
    assertThat(policy.show(AGENT, PhiField.NAME, "Maria Lopez")).isEqualTo("Maria Lopez");
    assertThat(policy.show(AGENT, PhiField.PHONE, "+442079460123")).isEqualTo("+442079460123");
    assertThat(policy.show(AGENT, PhiField.NOTE, "Called back")).isEqualTo("Called back");
    assertThat(policy.show(AGENT, PhiField.CUSTOM_FIELD, "O+")).isNull();
  }

  @Test
  void aDeploymentMayShowAgentsAFieldInFull() {
    MaskingPolicy nurseLine = new MaskingPolicy(Set.of(PhiField.BIRTH_DATE));
    assertThat(nurseLine.show(AGENT, PhiField.BIRTH_DATE, "1961-03-15")).isEqualTo("1961-03-15");
    assertThat(nurseLine.show(AGENT, PhiField.RECORD_NUMBER, "MRN-0042137")).isEqualTo("****2137");
  }

  @Test
  void aSupervisorSeesEverything() {
    for (PhiField field : PhiField.values()) {
      assertThat(policy.disclosure(SUPERVISOR, field)).isEqualTo(Disclosure.FULL);
    }
    assertThat(policy.show(Set.of(Roles.AGENT, Roles.SUPERVISOR), PhiField.BIRTH_DATE, "1961-03-15"))
        .isEqualTo("1961-03-15");
  }

  @Test
  void auditorsAndAdminsReadNoPhi() {
    assertThat(policy.mayReadPhi(Set.of(Roles.AUDITOR))).isFalse();
    assertThat(policy.mayReadPhi(Set.of(Roles.ADMIN))).isFalse();
    assertThat(policy.mayReadPhi(AGENT)).isTrue();
    assertThat(policy.show(Set.of(Roles.AUDITOR), PhiField.NAME, "Maria Lopez")).isNull();
  }

  @Test
  void aPartialNameIsInitials() {
    assertThat(MaskingPolicy.partial(PhiField.NAME, " Maria  del Carmen Lopez ")).isEqualTo("M. d. C. L.");
  }
}
