package org.confidant.ivr.domain;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.confidant.ivr.domain.IvrNode.CollectDigits;
import org.confidant.ivr.domain.IvrNode.Hangup;
import org.confidant.ivr.domain.IvrNode.HoursCheck;
import org.confidant.ivr.domain.IvrNode.Menu;
import org.confidant.ivr.domain.IvrNode.MenuOption;
import org.confidant.ivr.domain.IvrNode.Message;
import org.confidant.ivr.domain.IvrNode.Route;
import org.confidant.ivr.domain.IvrNode.Voicemail;

/** A small clinic's call flow, as the tests' common example: hours check, main menu, patient number, queues. */
final class ClinicFlow {

  static final UUID CALENDAR = UUID.fromString("00000000-0000-4000-8000-000000000601");
  static final UUID APPOINTMENTS = UUID.fromString("00000000-0000-4000-8000-000000000201");
  static final UUID NURSE_LINE = UUID.fromString("00000000-0000-4000-8000-000000000203");
  static final UUID SPANISH = UUID.fromString("00000000-0000-4000-8000-000000000104");
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private ClinicFlow() {}

  static List<IvrNode> nodes() {
    return new ArrayList<>(List.of(
        new HoursCheck("hours", CALENDAR, "main", "closed"),
        new Menu("main", Prompt.text("For appointments press 1, for the nurse press 2, en español 3."),
            List.of(new MenuOption("1", "patient"), new MenuOption("2", "nurse"), new MenuOption("3", "spanish"),
                new MenuOption("9", "main"), new MenuOption("0", "goodbye")),
            5, 2, "operator"),
        new CollectDigits("patient", Prompt.recording("enter-patient-number"), 6, 8, "#", "patientNumber", 10, 1,
            "appointments", "appointments"),
        new Route("appointments", APPOINTMENTS, 0, null),
        new Route("nurse", NURSE_LINE, 20, null),
        new Route("spanish", APPOINTMENTS, 0, SPANISH),
        new Message("operator", Prompt.text("Connecting you to reception."), "appointments"),
        new Voicemail("closed", Prompt.text("We are closed. Leave a message."), "front-desk"),
        new Hangup("goodbye", Prompt.text("Goodbye."))));
  }

  static IvrTree tree() {
    return tree(nodes());
  }

  static IvrTree tree(List<IvrNode> nodes) {
    return new IvrTree(UUID.randomUUID(), "Clinic main line", "hours",
        Prompt.text("Because of the storm, the clinic is closed today."), nodes);
  }

  /** Monday to Friday 08:00-18:00 in London, closed at Christmas. */
  static BusinessHours weekdays() {
    Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY)) {
      weekly.put(day, List.of(OpeningInterval.of("08:00", "18:00")));
    }
    return new BusinessHours(LONDON, weekly,
        List.of(Holiday.closed(java.time.LocalDate.parse("2026-12-25"), "Christmas Day")));
  }
}
