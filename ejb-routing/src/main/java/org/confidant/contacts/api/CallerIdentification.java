package org.confidant.contacts.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Who is calling: the contacts whose phone numbers are the calling number, found through the phone blind index
 * (never by decrypting rows). None (unknown caller), one, or several (a family sharing a line: a pick list).
 */
@Local
public interface CallerIdentification {

  /** The contacts matching the number as signalled (any format; read in the deployment's region if national). */
  List<CallerMatch> identify(String callingNumber);
}
