// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.keys;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lorabench.lorawan.types.Bytes;
import lorabench.ui.theme.Css;

/// Draws an [AnnotatedBlock] as a card: title and operation, the input bytes grouped by segment (each group
/// coloured by its [ByteRole], with its name and byte order underneath), an arrow, and the output with a copy
/// button. Pure view code; the block comes from the view model.
final class BlockView {
    private BlockView() {}

    /// {@return the card for `block`}; `copy` receives the bytes of a clicked copy button
    static Node card(AnnotatedBlock block, String outputName, Consumer<Bytes> copy) {
        Label title = new Label(block.title());
        title.getStyleClass().add(Css.STEP_TITLE);
        Label operation = new Label(block.operation());
        operation.getStyleClass().add(Css.STEP_OPERATION);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copyInput = copyButton("Copy block", () -> copy.accept(block.input()));
        HBox header = new HBox(12, title, operation, spacer, copyInput);
        header.setAlignment(Pos.BASELINE_LEFT);

        FlowPane bytes = new FlowPane();
        bytes.getStyleClass().add(Css.BYTE_BLOCK);
        for (AnnotatedBlock.Segment s : block.segments()) {
            bytes.getChildren().add(group(block.input(), s));
        }

        Label arrow = new Label("\u2192 " + outputName);
        arrow.getStyleClass().add(Css.STEP_ARROW);
        Label output = new Label(spaced(block.output()));
        output.getStyleClass().addAll(Css.STEP_RESULT, Css.MONO);
        output.setId("out-" + block.title().replaceAll("[^A-Za-z0-9]", ""));
        Button copyOutput = copyButton("Copy", () -> copy.accept(block.output()));
        HBox result = new HBox(12, arrow, output, copyOutput);
        result.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(10, header, bytes, result);
        card.getStyleClass().add(Css.STEP_CARD);
        return card;
    }

    /// {@return a legend of the byte roles}
    static Node legend() {
        HBox legend = new HBox(14);
        legend.getStyleClass().add(Css.LEGEND);
        for (ByteRole role : ByteRole.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll(Css.LEGEND_SWATCH, roleClass(role));
            Label name = new Label(roleName(role), swatch);
            legend.getChildren().add(name);
        }
        return legend;
    }

    static Button copyButton(String text, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll("small", "flat");
        b.setTooltip(new Tooltip("Copy as hex"));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Node group(Bytes input, AnnotatedBlock.Segment s) {
        HBox cells = new HBox(2);
        for (int i = s.offset(); i < s.end(); i++) {
            Label cell = new Label(String.format("%02X", input.get(i)));
            cell.getStyleClass().addAll(Css.BYTE_CELL, Css.MONO, roleClass(s.role()));
            cell.setTooltip(new Tooltip("byte " + i + ": " + s.name()));
            cells.getChildren().add(cell);
        }
        Label name = new Label(s.name());
        name.getStyleClass().add(Css.BYTE_NAME);
        Label note = new Label(s.note());
        note.getStyleClass().add(Css.BYTE_NOTE);
        VBox g = new VBox(2, cells, name, note);
        g.setAlignment(Pos.TOP_CENTER);
        g.getStyleClass().add(Css.BYTE_GROUP);
        return g;
    }

    static String roleClass(ByteRole role) {
        return Css.BYTE_ROLE_PREFIX + role.name().toLowerCase(Locale.ROOT);
    }

    private static String roleName(ByteRole role) {
        return switch (role) {
            case PREFIX -> "Type prefix";
            case NONCE -> "Nonce";
            case IDENTITY -> "Identifier";
            case COUNTER -> "Counter";
            case PARAMETER -> "Parameter";
            case MESSAGE -> "Message";
            case PADDING -> "Padding";
        };
    }

    /// {@return hex with a space every byte}, easier to read aloud
    static String spaced(Bytes b) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < b.size(); i++) {
            s.append(i == 0 ? "" : " ").append(String.format("%02X", b.get(i)));
        }
        return s.toString();
    }
}
