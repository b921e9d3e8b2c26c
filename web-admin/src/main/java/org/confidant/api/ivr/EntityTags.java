package org.confidant.api.ivr;

import jakarta.ws.rs.core.EntityTag;

/**
 * Versions as HTTP entity tags: the ETag of a stored tree or calendar is its version in quotes ({@code "3"}), and a
 * change must send it back in If-Match, so that a stale change fails (412) instead of overwriting another's.
 */
final class EntityTags {

  private EntityTags() {}

  static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version an If-Match header names: {@code "3"}, {@code W/"3"} or a bare 3. */
  static long versionIn(String ifMatch) {
    if (ifMatch == null) {
      throw new VersionRequired();
    }
    String tag = ifMatch.trim();
    tag = tag.startsWith("W/") ? tag.substring(2) : tag;
    tag = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException notAVersion) {
      throw new VersionRequired();
    }
  }
}
