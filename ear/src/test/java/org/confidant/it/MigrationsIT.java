package org.confidant.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.confidant.it.support.Deployments;
import org.confidant.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test database is created empty by {@code ./confidant test-services-up}; the first deployment migrates it,
 * and deploying again changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MigrationsIT {

  private static final String DEPLOYMENT = "confidant";

  @ArquillianResource Deployer deployer;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.confidantEar();
  }

  record AppliedMigration(int rank, String version, String description, String installedOn, boolean success) {}

  @Test
  void migrationsApplyToTheEmptyDatabaseAndASecondDeployIsANoOp() throws SQLException {
    deployer.deploy(DEPLOYMENT);
    List<AppliedMigration> afterFirstDeploy = history();
    deployer.undeploy(DEPLOYMENT);
    deployer.deploy(DEPLOYMENT);
    List<AppliedMigration> afterSecondDeploy = history();
    deployer.undeploy(DEPLOYMENT);

    assertThat(afterFirstDeploy).isNotEmpty().allMatch(AppliedMigration::success);
    assertThat(afterFirstDeploy.get(0).version())
        .as("the history starts at V1: the schema was built from an empty database, not baselined")
        .isEqualTo("1");
    assertThat(afterFirstDeploy).extracting(AppliedMigration::description).contains("agents skills queues");
    assertThat(afterSecondDeploy).as("a second deploy applies nothing").isEqualTo(afterFirstDeploy);
    assertThat(tables()).contains("agent", "agent_skill", "skill", "queue", "queue_step", "queue_step_skill", "reason_code");
  }

  private static List<AppliedMigration> history() throws SQLException {
    List<AppliedMigration> applied = new ArrayList<>();
    try (Connection connection = TestEnvironment.database();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT installed_rank, version, description, installed_on::text, success"
                + " FROM flyway_schema_history ORDER BY installed_rank")) {
      while (rows.next()) {
        applied.add(new AppliedMigration(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
            rows.getBoolean(5)));
      }
    }
    return applied;
  }

  private static List<String> tables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = TestEnvironment.database();
        ResultSet rows = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME"));
      }
    }
    return tables;
  }

}
