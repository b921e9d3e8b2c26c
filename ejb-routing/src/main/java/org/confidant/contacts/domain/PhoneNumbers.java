package org.confidant.contacts.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers in one form, E.164 ("+442079460123"), whatever way they were written or signalled: national
 * ("020 7946 0123"), international with punctuation, or with a dialling prefix. A number without a country code is
 * read in the deployment's region ({@code CONFIDANT_DEFAULT_REGION}).
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private final String defaultRegion;

  public PhoneNumbers(String defaultRegion) {
    if (!UTIL.getSupportedRegions().contains(defaultRegion)) {
      throw new IllegalArgumentException("not a region libphonenumber knows: " + defaultRegion);
    }
    this.defaultRegion = defaultRegion;
  }

  /** The number in E.164, or empty when it is not a possible phone number. */
  public Optional<String> e164(String written) {
    if (written == null || written.isBlank()) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = UTIL.parse(written, defaultRegion);
      return UTIL.isPossibleNumber(number)
          ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException notANumber) {
      return Optional.empty();
    }
  }
}
