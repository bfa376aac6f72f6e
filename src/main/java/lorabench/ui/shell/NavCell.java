// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import lorabench.ui.theme.Css;

/// One rail entry: icon, title and its Ctrl+digit shortcut.
final class NavCell extends ListCell<NavItem> {
    private final SVGPath icon = new SVGPath();
    private final Label title = new Label();
    private final Label shortcut = new Label();
    private final HBox box;

    NavCell() {
        getStyleClass().add(Css.NAV_CELL);
        icon.getStyleClass().add(Css.NAV_ICON);
        icon.setFillRule(FillRule.EVEN_ODD);
        StackPane iconBox = new StackPane(icon);
        iconBox.getStyleClass().add(Css.NAV_ICON_BOX);
        title.getStyleClass().add(Css.NAV_TITLE);
        shortcut.getStyleClass().add(Css.NAV_SHORTCUT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        box = new HBox(iconBox, title, spacer, shortcut);
        box.getStyleClass().add(Css.NAV_ENTRY);
        box.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(NavItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        icon.setContent(item.icon());
        title.setText(item.title());
        shortcut.setText(item.shortcutText());
        setGraphic(box);
        setAccessibleText(item.title());
        setTooltip(item.shortcutText().isEmpty() ? null : new Tooltip(item.title() + " (" + item.shortcutText() + ")"));
    }
}
