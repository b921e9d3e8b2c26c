package org.confidant.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.confidant.api.ivr.VersionRequired;
import org.confidant.ivr.api.ConfigurationConflict;
import org.confidant.ivr.api.ConfigurationIssue;
import org.confidant.ivr.api.ConfigurationNotFound;
import org.confidant.ivr.api.InvalidConfiguration;
import org.confidant.ivr.api.StaleConfiguration;
import org.junit.jupiter.api.Test;

class ConfigurationProblemsTest {

  @Test
  void anInvalidTreeListsEveryErrorWithItsNode() {
    Problem problem = ProblemMapper.problemFor(new InvalidConfiguration("IVR tree", List.of(
        new ConfigurationIssue("DANGLING_BRANCH", "operator", "the next branch of node 'operator' leads nowhere"),
        new ConfigurationIssue("NO_NODES", null, "the tree has no nodes"))));

    assertThat(problem.status()).isEqualTo(422);
    assertThat(problem.type().toString()).endsWith("/invalid-configuration");
    assertThat(problem.errors()).containsExactly(
        new Problem.ConfigurationError(
            "DANGLING_BRANCH", "operator", "the next branch of node 'operator' leads nowhere"),
        new Problem.ConfigurationError("NO_NODES", null, "the tree has no nodes"));
  }

  @Test
  void aStaleChangeSaysWhatToDo() {
    Problem problem = ProblemMapper.problemFor(new StaleConfiguration("IVR tree", 3));

    assertThat(problem.status()).isEqualTo(412);
    assertThat(problem.detail()).isEqualTo("The IVR tree was changed by someone else since you loaded version 3;"
        + " reload it and apply your change again.");
  }

  @Test
  void missingVersionsUnknownIdsAndConflictsHaveTheirOwnStatus() {
    assertThat(ProblemMapper.problemFor(new VersionRequired()).status()).isEqualTo(428);
    assertThat(ProblemMapper.problemFor(new ConfigurationNotFound("IVR tree", UUID.randomUUID())).status())
        .isEqualTo(404);
    assertThat(ProblemMapper.problemFor(new ConfigurationConflict("another IVR tree is already named 'Main'"))
        .status()).isEqualTo(409);
  }
}
