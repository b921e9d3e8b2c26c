package org.confidant.ivr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IvrPromptingTest {

  private final Map<String, IvrNode> nodes = ClinicFlow.tree().nodesById();

  @Test
  void aMenuCollectsOneKeyAfterItsPrompts() {
    Map<String, String> parameters = IvrPrompting.collect(nodes.get("main"),
        List.of(Prompt.text("Closed today."), Prompt.recording("main-menu")));

    assertThat(parameters).containsExactlyInAnyOrderEntriesOf(Map.of(
        "nodeId", "main", "promptCount", "2", "prompt.1.text", "Closed today.", "prompt.2.recording", "main-menu",
        "minDigits", "1", "maxDigits", "1", "timeoutSeconds", "5"));
  }

  @Test
  void aDigitCollectionCarriesItsBoundsAndTerminator() {
    Map<String, String> parameters = IvrPrompting.collect(nodes.get("patient"),
        List.of(Prompt.recording("enter-patient-number")));

    assertThat(parameters).containsEntry("minDigits", "6").containsEntry("maxDigits", "8")
        .containsEntry("terminator", "#").containsEntry("timeoutSeconds", "10")
        .containsEntry("prompt.1.recording", "enter-patient-number").doesNotContainKey("variable");
  }

  @Test
  void messagesOnlyArePlayedWithoutCollectingKeys() {
    assertThat(IvrPrompting.playOnly("operator", List.of(Prompt.text("Connecting you."))))
        .containsEntry("maxDigits", "0").containsEntry("minDigits", "0").containsEntry("promptCount", "1")
        .doesNotContainKey("terminator");
    assertThat(IvrPrompting.play("goodbye", List.of())).containsExactlyInAnyOrderEntriesOf(
        Map.of("nodeId", "goodbye", "promptCount", "0"));
  }
}
