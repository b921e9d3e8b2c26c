package org.confidant.calls.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.confidant.calls.domain.CallEvent.Type;

class CallProperties {

  private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

  @Property(tries = 500)
  void everyCallReachesAnEndStateWhenItEndsWhateverCameBefore(@ForAll("events") List<Type> events,
      @ForAll EndCause cause) {
    Call call = callAfter(events);

    call.apply(CallEvent.ended(call.id(), call.lastSequence() + 1, T0.plusSeconds(1000), cause));

    assertThat(call.state().isFinal()).isTrue();
    assertThat(call.phases().get(call.phases().size() - 1).state()).isEqualTo(call.state());
  }

  @Property(tries = 500)
  void anEventThatIsNotAppliedChangesNothing(@ForAll("events") List<Type> events, @ForAll Type next) {
    Call call = callAfter(events);
    CallState before = call.state();
    List<Call.Phase> phases = call.phases();

    Outcome outcome = call.apply(CallEvent.of(call.id(), call.lastSequence() + 1, T0.plusSeconds(1000), next));

    if (outcome != Outcome.APPLIED) {
      assertThat(call.state()).isEqualTo(before);
      assertThat(call.phases()).isEqualTo(phases);
    }
  }

  @Property(tries = 500)
  void phasesNeverGoBackInTime(@ForAll("events") List<Type> events) {
    List<Call.Phase> phases = callAfter(events).phases();

    for (int i = 1; i < phases.size(); i++) {
      assertThat(phases.get(i).since()).isAfterOrEqualTo(phases.get(i - 1).since());
    }
  }

  @Provide
  Arbitrary<List<Type>> events() {
    return Arbitraries.of(Type.class).filter(type -> type != Type.OFFERED && type != Type.ENDED).list().ofMaxSize(30);
  }

  /** Applies the events in order with jittered timestamps (telephony clocks are not perfectly monotonic). */
  private static Call callAfter(List<Type> events) {
    UUID id = UUID.randomUUID();
    Call call = Call.offered(CallEvent.of(id, 1, T0, Type.OFFERED));
    for (int i = 0; i < events.size(); i++) {
      Instant at = T0.plusSeconds(i * 10L + (i % 3 == 0 ? -15 : 0));
      call.apply(CallEvent.of(id, i + 2, at, events.get(i)));
    }
    return call;
  }
}
