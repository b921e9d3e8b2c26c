package org.confidant.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
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
  void aStaleChangeIsTheSameProblemAsAStaleQueueChange() {
    Problem tree = ProblemMapper.problemFor(new StaleConfiguration("IVR tree"));
    Problem queue = ProblemMapper.problemFor(new org.confidant.routing.api.StaleConfiguration("The queue"));

    assertThat(tree.status()).isEqualTo(409);
    assertThat(tree.type()).isEqualTo(queue.type());
    assertThat(tree.title()).isEqualTo(queue.title());
    assertThat(tree.detail()).isEqualTo("The IVR tree was changed by someone else since you loaded it;"
        + " reload it and make your change again.");
    assertThat(tree.detail()).isEqualTo(queue.detail().replace("The queue", "The IVR tree"));
  }

  @Test
  void unknownIdsAndConflictsHaveTheirOwnStatus() {
    assertThat(ProblemMapper.problemFor(new ConfigurationNotFound("IVR tree", UUID.randomUUID())).status())
        .isEqualTo(404);
    assertThat(ProblemMapper.problemFor(new ConfigurationConflict("another IVR tree is already named 'Main'"))
        .status()).isEqualTo(409);
  }
}
