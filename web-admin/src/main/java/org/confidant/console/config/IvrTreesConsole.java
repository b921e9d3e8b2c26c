package org.confidant.console.config;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.confidant.api.ivr.Catalogue;
import org.confidant.ivr.api.IvrCatalogue;
import org.confidant.ivr.api.IvrDefinition;
import org.confidant.ivr.api.IvrNodeSpec;
import org.confidant.ivr.api.IvrTreeDraft;
import org.confidant.ivr.api.IvrTreeView;
import org.confidant.ivr.api.NodeKind;
import org.confidant.ivr.api.PromptSpec;

/**
 * Backs console/config/ivr-trees.xhtml: the call flows, each shown as an outline from its start node, edited as the
 * JSON of {@code /api/v1/ivr-trees}; the same catalogue bean refuses an invalid tree with every error and its node.
 */
@Named
@ViewScoped
public class IvrTreesConsole extends JsonConfigurationConsole<IvrTreeDraft, IvrTreeView> {

  private static final long serialVersionUID = 1L;

  @EJB IvrCatalogue trees;

  @Override
  protected Catalogue<IvrTreeDraft, IvrTreeView> catalogue() {
    return Catalogue.of(trees);
  }

  @Override
  protected Class<IvrTreeDraft> draftType() {
    return IvrTreeDraft.class;
  }

  @Override
  protected IvrTreeDraft draftOf(IvrTreeView tree) {
    return new IvrTreeDraft(tree.name(), tree.definition(), null);
  }

  @Override
  protected IvrTreeDraft withVersion(IvrTreeDraft draft, Long version) {
    return new IvrTreeDraft(draft.name(), draft.definition(), version);
  }

  @Override
  protected long versionOf(IvrTreeView tree) {
    return tree.version();
  }

  /** A greeting, then hang up: the smallest valid tree, to grow from. */
  @Override
  protected IvrTreeDraft example() {
    return new IvrTreeDraft("New call flow", new IvrDefinition("welcome", null, List.of(
        node("welcome", NodeKind.MESSAGE, new PromptSpec("Welcome.", null), "goodbye"),
        node("goodbye", NodeKind.HANGUP, null, null))), null);
  }

  private static IvrNodeSpec node(String id, NodeKind kind, PromptSpec prompt, String next) {
    return new IvrNodeSpec(id, kind, prompt, null, null, null, null, null, null, null, null, next, null, null, null,
        null, null, null, null);
  }

  /** The selected tree as stored, as an outline from its start node. */
  public List<IvrOutline.Line> getOutline() {
    return getSelected() == null ? List.of() : IvrOutline.of(getSelected().definition());
  }
}
