package org.confidant.console.config;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Collectors;
import org.confidant.api.ivr.Catalogue;
import org.confidant.ivr.api.BusinessHoursCatalogue;
import org.confidant.ivr.api.BusinessHoursDraft;
import org.confidant.ivr.api.BusinessHoursView;
import org.confidant.ivr.api.HolidaySpec;
import org.confidant.ivr.api.WeeklyHoursSpec;

/**
 * Backs console/config/business-hours.xhtml: the calendars IVR hours checks consult, shown as weekly hours and
 * holidays, edited as the JSON of {@code /api/v1/business-hours} through the same catalogue bean.
 */
@Named
@ViewScoped
public class BusinessHoursConsole extends JsonConfigurationConsole<BusinessHoursDraft, BusinessHoursView> {

  private static final long serialVersionUID = 1L;

  @EJB BusinessHoursCatalogue calendars;

  @Override
  protected Catalogue<BusinessHoursDraft, BusinessHoursView> catalogue() {
    return Catalogue.of(calendars);
  }

  @Override
  protected Class<BusinessHoursDraft> draftType() {
    return BusinessHoursDraft.class;
  }

  @Override
  protected BusinessHoursDraft draftOf(BusinessHoursView calendar) {
    return new BusinessHoursDraft(calendar.name(), calendar.timeZone(), calendar.weekly(), calendar.holidays(),
        null);
  }

  @Override
  protected BusinessHoursDraft withVersion(BusinessHoursDraft draft, Long version) {
    return new BusinessHoursDraft(draft.name(), draft.timeZone(), draft.weekly(), draft.holidays(), version);
  }

  @Override
  protected long versionOf(BusinessHoursView calendar) {
    return calendar.version();
  }

  @Override
  protected BusinessHoursDraft example() {
    return new BusinessHoursDraft("New calendar", "Europe/London",
        List.of(new WeeklyHoursSpec(DayOfWeek.MONDAY, "08:00", "17:00")),
        List.of(new HolidaySpec("2026-12-25", "Christmas Day", List.of())), null);
  }

  /** "MONDAY 08:00-12:00, 13:00-17:00; TUESDAY …" in the order of the week. */
  public String weeklyText(BusinessHoursView calendar) {
    return calendar.weekly().stream()
        .collect(Collectors.groupingBy(WeeklyHoursSpec::day, java.util.TreeMap::new,
            Collectors.mapping(hours -> hours.opens() + "-" + hours.closes(), Collectors.joining(", "))))
        .entrySet().stream().map(day -> day.getKey() + " " + day.getValue()).collect(Collectors.joining("; "));
  }

  /** "2026-12-25 Christmas Day (closed); 2026-12-24 (08:00-12:00)". */
  public String holidaysText(BusinessHoursView calendar) {
    return calendar.holidays().stream().map(holiday -> holiday.date()
            + (holiday.name() == null ? "" : " " + holiday.name()) + " (" + (holiday.specialHours() == null
            || holiday.specialHours().isEmpty() ? "closed" : holiday.specialHours().stream()
            .map(hours -> hours.opens() + "-" + hours.closes()).collect(Collectors.joining(", "))) + ")")
        .collect(Collectors.joining("; "));
  }
}
