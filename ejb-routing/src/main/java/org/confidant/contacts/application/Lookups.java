package org.confidant.contacts.application;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.confidant.contacts.infrastructure.ContactEntity;
import org.confidant.persistence.NativeValues;

/** Reading the blind indexes and native rows. */
final class Lookups {

  private Lookups() {}

  /** The contacts an index entry names: an equality lookup on the index's own column, no row is decrypted. */
  static List<ContactEntity> contactsIn(EntityManager entityManager, String index, String column, byte[] hmac) {
    List<?> ids = entityManager.createNativeQuery(
            "SELECT contact_id FROM " + index + " WHERE " + column + " = ?1 ORDER BY contact_id")
        .setParameter(1, hmac).getResultList();
    return ids.stream().map(id -> entityManager.find(ContactEntity.class, uuid(id)))
        .filter(Objects::nonNull).toList();
  }

  /** A uuid column of a native query, whichever Java type the driver and Hibernate gave it. */
  static UUID uuid(Object column) {
    return NativeValues.uuid(column);
  }

  /** A timestamptz column of a native query, whichever Java type the driver and Hibernate gave it. */
  static OffsetDateTime time(Object column) {
    if (column instanceof OffsetDateTime time) {
      return time;
    }
    if (column instanceof ZonedDateTime zoned) {
      return zoned.toOffsetDateTime();
    }
    return NativeValues.instant(column).atOffset(ZoneOffset.UTC);
  }
}
