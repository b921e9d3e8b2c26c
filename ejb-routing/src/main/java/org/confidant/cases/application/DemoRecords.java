package org.confidant.cases.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.confidant.cases.api.CaseStatus;
import org.confidant.cases.infrastructure.CaseEntity;
import org.confidant.cases.infrastructure.NoteEntity;
import org.confidant.contacts.api.ContactDraft;
import org.confidant.contacts.api.PhoneDraft;
import org.confidant.contacts.application.ContactWriter;
import org.confidant.contacts.application.RecordKeys;
import org.confidant.vault.FieldSeal;
import org.confidant.contacts.infrastructure.ContactEntity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo clinic's patients, their cases and a note each, registered through the application at start when demo
 * data is on ({@code CONFIDANT_DEMO_DATA=true}): sealed fields cannot be written by the demo SQL. Idempotent: a
 * patient already there (by its fixed id) is left alone. Numbers are from the ranges Ofcom reserves for drama,
 * written internationally so that they read the same in any deployment region.
 * Cases are owned by demo.agent, or the clinical team (demo.agent2's); some patients have none, so that opening
 * them shows break-glass.
 */
@Singleton
@Startup
public class DemoRecords {

  static final String SEEDED_BY = "system";
  private static final Logger LOG = Logger.getLogger(DemoRecords.class.getName());
  private static final UUID DEMO_AGENT = UUID.fromString("00000000-0000-4000-8000-000000000301");

  @Inject
  @ConfigProperty(name = "confidant.demo-data", defaultValue = "false")
  boolean demoData;

  @PersistenceContext(unitName = "confidant")
  EntityManager entityManager;

  @EJB ContactWriter writer;

  @Inject RecordKeys keys;

  /** One demo patient: who, and the case they call about (null: none). */
  record Patient(int number, String name, LocalDate born, String phone, String caseSubject, String team) {}

  static final List<Patient> PATIENTS = List.of(
      new Patient(1, "Maria Lopez", LocalDate.of(1961, 3, 15), "+44 20 7946 0101", "Knee surgery follow-up", null),
      new Patient(2, "James O'Connor", LocalDate.of(1974, 11, 2), "+44 20 7946 0102", "Repeat prescription", null),
      new Patient(3, "Aisha Rahman", LocalDate.of(1990, 6, 21), "+44 7700 900103", "Blood test results", "clinical"),
      new Patient(4, "Tomasz Nowak", LocalDate.of(1958, 1, 9), "+44 7700 900104", "Invoice query", null),
      new Patient(5, "Grace Okafor", LocalDate.of(2001, 9, 30), "+44 7700 900105", "Asthma review", "clinical"),
      new Patient(6, "Henry Whitfield", LocalDate.of(1949, 12, 24), "+44 20 7946 0106", "Home visit request", null),
      new Patient(7, "Lucia Ferreira", LocalDate.of(1983, 4, 4), "+44 7700 900107", "Vaccination booking", "front-desk"),
      new Patient(8, "Samuel Cohen", LocalDate.of(1995, 7, 17), "+44 7700 900108", null, null),
      new Patient(9, "Priya Natarajan", LocalDate.of(1968, 2, 28), "+44 20 7946 0109", null, null),
      new Patient(10, "Oliver Brown", LocalDate.of(2015, 5, 5), "+44 7700 900110", "Paediatric referral", "clinical"),
      new Patient(11, "Emma Brown", LocalDate.of(1986, 8, 12), "+44 7700 900110", "Maternity appointment", null),
      new Patient(12, "Kwame Mensah", LocalDate.of(1972, 10, 1), "+44 20 7946 0112", null, null));

  @PostConstruct
  void seed() {
    if (!demoData) {
      return;
    }
    int added = 0;
    for (Patient patient : PATIENTS) {
      UUID id = idOf("c", patient.number());
      if (entityManager.find(ContactEntity.class, id) == null) {
        register(id, patient);
        added++;
      }
    }
    LOG.info("Demo records: " + added + " demo patients registered, " + (PATIENTS.size() - added) + " already there");
  }

  private void register(UUID id, Patient patient) {
    ContactDraft draft = new ContactDraft(patient.name(), patient.born(), null,
        List.of(new PhoneDraft("mobile", patient.phone())), List.of("MRN-" + (100_000 + patient.number())),
        Map.of("preferredLanguage", "en"), null, null);
    ContactEntity contact = writer.register(id, draft, SEEDED_BY);
    if (patient.caseSubject() == null) {
      return;
    }
    FieldSeal seal = keys.sealOf(contact);
    UUID caseId = idOf("d", patient.number());
    CaseEntity opened = new CaseEntity(caseId, id,
        seal.seal(CasesBean.subjectOf(caseId), patient.caseSubject()));
    opened.assign(CaseStatus.OPEN, patient.team() == null ? DEMO_AGENT : null, patient.team());
    entityManager.persist(opened);
    UUID noteId = idOf("e", patient.number());
    String text = "Patient called about: " + patient.caseSubject();
    entityManager.persist(new NoteEntity(noteId, id, caseId, SEEDED_BY,
        seal.seal(CasesBean.textOf(noteId), text)));
  }

  /** Fixed ids, so a rerun finds what an earlier start seeded. */
  private static UUID idOf(String kind, int number) {
    return UUID.fromString(String.format("00000000-0000-4000-8000-000000000%s%02d", kind, number));
  }
}
