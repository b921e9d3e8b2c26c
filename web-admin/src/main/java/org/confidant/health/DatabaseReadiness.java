package org.confidant.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** PostgreSQL answers a validity check through the application's own connection pool. */
@ApplicationScoped
public class DatabaseReadiness implements DependencyProbe {

  private static final int VALIDITY_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:jboss/datasources/ConfidantDS")
  DataSource dataSource;

  @Override
  public String name() {
    return "database";
  }

  @Override
  public String problem() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDITY_TIMEOUT_SECONDS) ? null : "database did not answer in time";
    } catch (SQLException e) {
      return "database unavailable";
    }
  }
}
