package org.confidant.api.contacts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;

/**
 * One way to find a contact: a phone number (any format), a record number, or a name together with a birth date
 * (never a name alone: see docs/records.md). Exact matches through blind indexes.
 */
public record ContactSearch(
    @Size(max = 32) String phone,
    @Size(max = 64) String recordNumber,
    @Size(max = 200) String name,
    @Size(max = 10) String birthDate) {

  @AssertTrue(message = "search by one of phone, recordNumber, or name with birthDate")
  public boolean isOneWay() {
    long ways = Stream.of(phone, recordNumber, name).filter(value -> value != null && !value.isBlank()).count();
    boolean identityComplete = (name == null) == (birthDate == null);
    return ways == 1 && identityComplete;
  }

  @AssertTrue(message = "must be a date as YYYY-MM-DD")
  public boolean isBirthDate() {
    try {
      return birthDate == null || LocalDate.parse(birthDate) != null;
    } catch (DateTimeParseException notADate) {
      return false;
    }
  }

  /** Searches the one way this names: by phone, by record number, or by name with birth date. */
  public <T> T by(Function<String, T> byPhone, Function<String, T> byRecordNumber,
      BiFunction<String, LocalDate, T> byIdentity) {
    if (phone != null) {
      return byPhone.apply(phone);
    }
    if (recordNumber != null) {
      return byRecordNumber.apply(recordNumber);
    }
    return byIdentity.apply(name, LocalDate.parse(birthDate));
  }
}
