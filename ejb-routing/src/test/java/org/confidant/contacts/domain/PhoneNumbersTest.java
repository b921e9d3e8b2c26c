package org.confidant.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  private final PhoneNumbers us = new PhoneNumbers("US");
  private final PhoneNumbers gb = new PhoneNumbers("GB");

  @ParameterizedTest
  @ValueSource(strings = {"(415) 555-0132", "415.555.0132", "+1 415 555 0132", "1-415-555-0132", "+14155550132",
      "011 1 415 555 0132"})
  void everyWayOfWritingAUsNumberIsOneE164Number(String written) {
    assertThat(us.e164(written)).contains("+14155550132");
  }

  @Test
  void aNationalNumberIsReadInTheDeploymentsRegion() {
    assertThat(gb.e164("020 7946 0123")).contains("+442079460123");
    assertThat(us.e164("+44 20 7946 0123")).contains("+442079460123");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "anonymous", "12", "+1 415 555 0132 999 999 999"})
  void whatIsNoPhoneNumberGivesNothing(String written) {
    assertThat(us.e164(written)).isEmpty();
  }

  @Test
  void anUnknownRegionIsRefusedAtStart() {
    assertThatThrownBy(() -> new PhoneNumbers("XX")).isInstanceOf(IllegalArgumentException.class);
  }
}
