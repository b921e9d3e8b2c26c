package org.confidant.ivr.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One step of a call flow. Nodes name the nodes they lead to by id, so a tree is plain data: it is stored as JSON
 * and edited by admins. References may be missing or point nowhere in a draft; {@link IvrValidation} says so.
 */
public sealed interface IvrNode {

  String id();

  /** The nodes this one may lead to, each with the name of the branch that leads there. Empty for an exit. */
  List<Branch> branches();

  /** A way out of the node: its name (for messages: "option 1", "fallback"...) and the node id it leads to. */
  record Branch(String name, String target) {}

  /** A node that ends the caller's time in the IVR. */
  sealed interface Exit extends IvrNode {
    @Override
    default List<Branch> branches() {
      return List.of();
    }
  }

  /**
   * Plays a prompt and waits up to {@code timeoutSeconds} for one key. An unknown key or no key re-prompts, up to
   * {@code retries} more times, then the call goes to {@code fallback}.
   */
  record Menu(String id, Prompt prompt, List<MenuOption> options, int timeoutSeconds, int retries, String fallback)
      implements IvrNode {

    public Menu {
      options = options == null ? List.of() : List.copyOf(options);
    }

    @Override
    public List<Branch> branches() {
      List<Branch> branches = new ArrayList<>();
      options.forEach(option -> branches.add(new Branch("option " + option.digit(), option.next())));
      branches.add(new Branch("fallback", fallback));
      return branches;
    }
  }

  /** A key of a menu and where it leads. */
  record MenuOption(String digit, String next) {}

  /**
   * Plays a prompt and collects {@code minDigits}..{@code maxDigits} digits (ended early by the terminator key, if
   * any) into the named variable, then goes to {@code next}. Too few digits or none re-prompt, up to {@code retries}
   * more times, then the call goes to {@code fallback}.
   */
  record CollectDigits(
      String id,
      Prompt prompt,
      int minDigits,
      int maxDigits,
      String terminator,
      String variable,
      int timeoutSeconds,
      int retries,
      String next,
      String fallback)
      implements IvrNode {

    @Override
    public List<Branch> branches() {
      return List.of(new Branch("next", next), new Branch("fallback", fallback));
    }
  }

  /** Plays a prompt, then goes on. */
  record Message(String id, Prompt prompt, String next) implements IvrNode {

    @Override
    public List<Branch> branches() {
      return List.of(new Branch("next", next));
    }
  }

  /** Goes to {@code open} while the calendar is open, else to {@code closed}. */
  record HoursCheck(String id, UUID calendarId, String open, String closed) implements IvrNode {

    @Override
    public List<Branch> branches() {
      return List.of(new Branch("open", open), new Branch("closed", closed));
    }
  }

  /**
   * Queues the call, its priority raised by {@code priorityBoost} (0-100) and, when {@code requiredSkillId} is
   * set, for agents with that skill only.
   */
  record Route(String id, UUID queueId, int priorityBoost, UUID requiredSkillId) implements Exit {}

  /** Plays an optional prompt, then records a message in the mailbox. */
  record Voicemail(String id, Prompt prompt, String mailbox) implements Exit {}

  /** Plays an optional prompt, then ends the call. */
  record Hangup(String id, Prompt prompt) implements Exit {}
}
