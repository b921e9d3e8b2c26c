package org.confidant.contacts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.confidant.contacts.api.InvalidRecord;
import org.confidant.contacts.api.PhoneView;
import org.confidant.identity.Roles;

/**
 * A contact's phone number, whole, for placing a call to it (click-to-call): the caller must be allowed to open the
 * contact, as for reading it, but the number goes to the phone system, never back to the caller — so a number
 * masked on the agent's screen can still be dialled. Not in an {@code api} package: only server features call it,
 * and they audit the call by the phone's place in the list, never by the number.
 */
@Stateless
@LocalBean
public class ContactPhones {

  @EJB ContactAccess access;

  @Inject RecordKeys keys;

  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public String number(UUID contactId, int phone) {
    OpenContact opened = access.open(contactId, null);
    List<PhoneView> phones = RecordJson.phones(keys.sealOf(opened.contact())
        .open(ContactWriter.at(contactId, "phones"), opened.contact().getSealed().phones()));
    if (phone < 0 || phone >= phones.size()) {
      throw new InvalidRecord("phone", "the contact has no phone " + phone + " (it has " + phones.size() + ")");
    }
    return phones.get(phone).number();
  }
}
