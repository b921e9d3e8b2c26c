package org.confidant.ivr.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.confidant.persistence.VersionedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "business_hours_calendar")
public class BusinessHoursEntity extends VersionedEntity {

  @Column(nullable = false, length = 64)
  private String name;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  private String hours;

  protected BusinessHoursEntity() {}

  public BusinessHoursEntity(UUID id, String name, String timeZone, StoredHours hours) {
    super(id);
    change(name, timeZone, hours);
  }

  public final void change(String newName, String newTimeZone, StoredHours newHours) {
    this.name = newName;
    this.timeZone = newTimeZone;
    this.hours = JsonDocuments.write(newHours);
  }

  public String getName() {
    return name;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public StoredHours getHours() {
    return JsonDocuments.read(hours, StoredHours.class);
  }
}
