package org.confidant.ivr.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confidant.ivr.domain.IvrNode.CollectDigits;
import org.confidant.ivr.domain.IvrNode.Menu;

/**
 * The parameters of the commands that play a call's prompts and collect its keys (all strings, as commands carry
 * them): the node, the prompts in play order ({@code promptCount}, then {@code prompt.1.text} or
 * {@code prompt.1.recording}, …) and, to collect, {@code minDigits}, {@code maxDigits}, {@code terminator} (absent
 * when none) and {@code timeoutSeconds}. Prompts are admin-written texts or recording ids, never caller data.
 */
public final class IvrPrompting {

  private IvrPrompting() {}

  /** Play the prompts, then collect the keys the waiting node expects (a menu: one key). */
  public static Map<String, String> collect(IvrNode waiting, List<Prompt> prompts) {
    Map<String, String> parameters = play(waiting.id(), prompts);
    if (waiting instanceof Menu menu) {
      digits(parameters, 1, 1, null, menu.timeoutSeconds());
    } else {
      CollectDigits collect = (CollectDigits) waiting;
      digits(parameters, collect.minDigits(), collect.maxDigits(), collect.terminator(), collect.timeoutSeconds());
    }
    return parameters;
  }

  /** Play the prompts and collect nothing ({@code maxDigits} 0): messages before a route. */
  public static Map<String, String> playOnly(String nodeId, List<Prompt> prompts) {
    Map<String, String> parameters = play(nodeId, prompts);
    digits(parameters, 0, 0, null, 0);
    return parameters;
  }

  /** The node and its prompts: what a transfer to voicemail or a hang-up plays first. */
  public static Map<String, String> play(String nodeId, List<Prompt> prompts) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("nodeId", nodeId);
    parameters.put("promptCount", Integer.toString(prompts.size()));
    for (int i = 0; i < prompts.size(); i++) {
      Prompt prompt = prompts.get(i);
      String key = "prompt." + (i + 1);
      if (prompt.text() != null) {
        parameters.put(key + ".text", prompt.text());
      } else {
        parameters.put(key + ".recording", prompt.recording());
      }
    }
    return parameters;
  }

  private static void digits(Map<String, String> parameters, int min, int max, String terminator, int timeout) {
    parameters.put("minDigits", Integer.toString(min));
    parameters.put("maxDigits", Integer.toString(max));
    if (terminator != null) {
      parameters.put("terminator", terminator);
    }
    parameters.put("timeoutSeconds", Integer.toString(timeout));
  }
}
