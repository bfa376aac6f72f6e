// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import lorabench.lorawan.types.Direction;
import lorabench.ui.theme.Css;

/// The frame table's row and cell classes: pseudo-classes for manual entries, problems, direction and MIC.
final class FrameTableCells {
    private FrameTableCells() {}

    /// Marks manual entries and malformed frames.
    static final class FrameTableRow extends TableRow<FrameRow> {
        @Override
        protected void updateItem(FrameRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean present = !empty && row != null;
            pseudoClassStateChanged(Css.MANUAL, present && row.frame().origin() == FrameOrigin.MANUAL);
            pseudoClassStateChanged(Css.PROBLEM, present && (row.decoded().isEmpty() || row.mic() == MicStatus.INVALID));
        }
    }

    static final class DirectionCell extends TableCell<FrameRow, Direction> {
        DirectionCell() {
            getStyleClass().add(Css.DIRECTION_CELL);
        }

        @Override
        protected void updateItem(Direction d, boolean empty) {
            super.updateItem(d, empty);
            setText(empty || d == null ? null : d == Direction.UPLINK ? "\u25b2 up" : "\u25bc down");
            pseudoClassStateChanged(Css.UPLINK, !empty && d == Direction.UPLINK);
            pseudoClassStateChanged(Css.DOWNLINK, !empty && d == Direction.DOWNLINK);
        }
    }

    static final class MicCell extends TableCell<FrameRow, MicStatus> {
        @Override
        protected void updateItem(MicStatus s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.toString());
            pseudoClassStateChanged(Css.VALID, !empty && s == MicStatus.VALID);
            pseudoClassStateChanged(Css.INVALID, !empty && s == MicStatus.INVALID);
        }
    }
}
