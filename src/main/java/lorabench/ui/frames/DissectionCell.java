// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import lorabench.ui.theme.Css;

/// A dissection tree line: the field name in bold, then its value; problems and good MICs are coloured, facts
/// without bytes are muted.
final class DissectionCell extends TreeCell<DissectionNode> {
    private final Label name = new Label();
    private final Label value = new Label();
    private final HBox box = new HBox(8, name, value);

    DissectionCell() {
        name.getStyleClass().add(Css.TREE_NAME);
        value.getStyleClass().addAll(Css.TREE_VALUE, Css.MONO);
    }

    @Override
    protected void updateItem(DissectionNode node, boolean empty) {
        super.updateItem(node, empty);
        if (empty || node == null) {
            setGraphic(null);
            setText(null);
            pseudoClassStateChanged(Css.PROBLEM, false);
            pseudoClassStateChanged(Css.VALID, false);
            return;
        }
        name.setText(node.name());
        value.setText(node.value());
        setText(null);
        setGraphic(box);
        pseudoClassStateChanged(Css.PROBLEM, node.tone() == DissectionNode.Tone.PROBLEM);
        pseudoClassStateChanged(Css.VALID, node.tone() == DissectionNode.Tone.GOOD);
        pseudoClassStateChanged(MUTED, node.tone() == DissectionNode.Tone.MUTED);
    }

    private static final javafx.css.PseudoClass MUTED = javafx.css.PseudoClass.getPseudoClass("muted");
}
