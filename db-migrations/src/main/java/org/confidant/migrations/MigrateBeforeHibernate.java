package org.confidant.migrations;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Applies pending Flyway migrations while Hibernate builds the session factory: integrators run before
 * schema validation, so {@code hibernate.hbm2ddl.auto=validate} always sees the migrated schema, on an
 * empty database as on an upgrade. A second deploy finds nothing pending and changes nothing.
 */
public class MigrateBeforeHibernate implements Integrator {

  private static final Logger LOG = Logger.getLogger(MigrateBeforeHibernate.class.getName());

  @Override
  public void integrate(
      Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
    DataSource dataSource =
        sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class).unwrap(DataSource.class);
    MigrateResult result = migrate(dataSource, MigrationPlan.fromEnvironment(System::getenv));
    LOG.info(() -> String.format("Schema at version %s (%d migration(s) applied)",
        result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
        result.migrationsExecuted));
  }

  static MigrateResult migrate(DataSource dataSource, MigrationPlan plan) {
    return Flyway.configure(MigrateBeforeHibernate.class.getClassLoader())
        .dataSource(dataSource)
        .locations(plan.locations())
        .validateMigrationNaming(true)
        .cleanDisabled(true)
        .load()
        .migrate();
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory,
      org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
    // Nothing to release: Flyway keeps no resources after migrate().
  }
}
