// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import lorabench.lorawan.frame.FieldSpan;
import lorabench.lorawan.types.Bytes;
import lorabench.ui.theme.Css;

/// The hex pane: an offset column, 16 bytes per row (a wider gap after the eighth) and an ASCII column, like
/// Wireshark's bytes pane. Bytes of the highlighted field are marked in both columns; clicking a byte reports its
/// offset. Pure view code.
final class HexView extends GridPane {
    static final int PER_ROW = 16;

    private final List<Label> hexCells = new ArrayList<>();
    private final List<Label> asciiCells = new ArrayList<>();
    private final IntConsumer onByteClicked;

    HexView(IntConsumer onByteClicked) {
        this.onByteClicked = onByteClicked;
        getStyleClass().add(Css.HEX_VIEW);
    }

    /// Shows `bytes` (empty shows nothing).
    void show(Optional<Bytes> bytes) {
        getChildren().clear();
        hexCells.clear();
        asciiCells.clear();
        bytes.ifPresent(this::layoutBytes);
    }

    private void layoutBytes(Bytes b) {
        int rows = (b.size() + PER_ROW - 1) / PER_ROW;
        for (int r = 0; r < rows; r++) {
            Label offset = new Label(String.format("%04X", r * PER_ROW));
            offset.getStyleClass().addAll(Css.HEX_OFFSET, Css.MONO);
            add(offset, 0, r);
            for (int c = 0; c < PER_ROW && r * PER_ROW + c < b.size(); c++) {
                int i = r * PER_ROW + c;
                Label hex = cell(String.format("%02X", b.get(i)), Css.HEX_BYTE, i);
                add(hex, 1 + c + (c >= 8 ? 1 : 0), r);
                hexCells.add(hex);
                int ch = b.get(i);
                Label ascii = cell(ch >= 0x20 && ch < 0x7F ? String.valueOf((char) ch) : "\u00b7", Css.HEX_ASCII, i);
                add(ascii, 2 + PER_ROW + 1 + c, r);
                asciiCells.add(ascii);
            }
        }
        Label gap = new Label(" ");
        add(gap, 1 + 8, 0);
        Label sep = new Label("  ");
        add(sep, 2 + PER_ROW, 0);
    }

    private Label cell(String text, String style, int offset) {
        Label l = new Label(text);
        l.getStyleClass().addAll(style, Css.MONO);
        l.setOnMouseClicked(e -> onByteClicked.accept(offset));
        l.setUserData(offset);
        return l;
    }

    /// Marks the bytes of `span` (none when empty).
    void highlight(Optional<FieldSpan> span) {
        for (int i = 0; i < hexCells.size(); i++) {
            int at = i;
            boolean on = span.filter(s -> at >= s.offset() && at < s.end()).isPresent();
            hexCells.get(i).pseudoClassStateChanged(Css.HIGHLIGHTED, on);
            asciiCells.get(i).pseudoClassStateChanged(Css.HIGHLIGHTED, on);
        }
    }

    /// {@return the hex cells, in byte order} (for tests and accessibility)
    List<Label> hexCells() {
        return List.copyOf(hexCells);
    }
}
