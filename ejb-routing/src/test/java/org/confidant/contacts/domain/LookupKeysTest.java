package org.confidant.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LookupKeysTest {

  @Test
  void recordNumbersIgnoreCaseSpacesAndPunctuation() {
    assertThat(LookupKeys.recordNumber("mrn 004-2137")).isEqualTo(LookupKeys.recordNumber("MRN0042137"));
    assertThat(LookupKeys.recordNumber("2024/CV/0117")).isEqualTo("2024CV0117");
  }

  @Test
  void anIdentityIgnoresAccentsCaseAndSpacingOfTheName() {
    LocalDate born = LocalDate.of(1961, 3, 15);
    assertThat(LookupKeys.identity("  José   MARÍA O'Neil ", born))
        .isEqualTo(LookupKeys.identity("jose maria o neil", born))
        .isEqualTo("jose maria o neil|1961-03-15");
  }

  @Test
  void theBirthDateTellsNamesakesApart() {
    assertThat(LookupKeys.identity("Ann Lee", LocalDate.of(1980, 1, 2)))
        .isNotEqualTo(LookupKeys.identity("Ann Lee", LocalDate.of(1980, 2, 1)));
  }
}
