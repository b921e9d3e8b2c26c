package org.confidant.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The fast canonical time format agrees with the JDK's formatter and reads back what it wrote. */
class CanonicalTimeProperties {

  @Property(tries = 500)
  void formatsLikeTheJdkAndReadsBack(@ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long second,
      @ForAll @LongRange(min = 0, max = 999_999) long micros) {
    Instant instant = Instant.ofEpochSecond(second, micros * 1000).truncatedTo(ChronoUnit.MICROS);
    String text = CanonicalTime.format(instant);

    assertThat(text).isEqualTo(CanonicalForm.INSTANT.format(instant));
    assertThat(CanonicalTime.parse(text)).isEqualTo(instant);
  }

  @Property(tries = 50)
  void readsOtherIso8601InstantsTheJdkWay(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long second) {
    Instant instant = Instant.ofEpochSecond(second);
    assertThat(CanonicalTime.parse(instant.toString())).isEqualTo(instant);
  }
}
