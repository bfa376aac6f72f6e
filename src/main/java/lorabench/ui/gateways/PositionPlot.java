// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import lorabench.store.Position;
import lorabench.ui.theme.Css;

/// Draws a [PlotModel]: devices as dots, gateways as squares with their names, and a line per gateway–device link
/// coloured by its [RssiClass] (pseudo-classes `good`, `fair`, `poor` on `lb-plot-link`), with a legend and a
/// scale. The nodes are rebuilt when the model changes (at most a few times a second: the screen batches server
/// events) and only moved when the pane is resized.
///
/// Node ids for tests and styling: `plot-gateway-<EUI>`, `plot-device-<DevEUI>`, `plot-link-<EUI>-<DevEUI>`.
public final class PositionPlot extends Pane {
    private static final double MARGIN = 36;
    private static final double GATEWAY_SIZE = 12;
    private static final double DEVICE_RADIUS = 4;

    private final Pane drawing = new Pane();
    private final Label empty = new Label("No gateway or device has a position yet. Add a virtual gateway, or "
            + "wait for a real gateway's stat report with GPS coordinates.");
    private final Label scale = new Label();
    private final HBox legend = new HBox();
    private final List<Placed> placed = new ArrayList<>();
    private PlotModel model = PlotModel.EMPTY;

    /// A node and the positions it is drawn at.
    private record Placed(Node node, Position at, Position to) {}

    public PositionPlot() {
        getStyleClass().add(Css.PLOT);
        drawing.setManaged(false);
        empty.getStyleClass().add(Css.EMPTY_STATE);
        empty.setWrapText(true);
        scale.getStyleClass().add(Css.PLOT_SCALE);
        legend.getStyleClass().addAll(Css.LEGEND, Css.PLOT_LEGEND);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (RssiClass c : RssiClass.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll(Css.LEGEND_SWATCH, Css.PLOT_SWATCH);
            swatch.pseudoClassStateChanged(Css.rssi(c.cssName()), true);
            Label l = new Label(c.legend(), swatch);
            legend.getChildren().add(l);
        }
        getChildren().addAll(drawing, legend, scale, empty);
        setMinSize(200, 160);
    }

    /// {@return the model drawn}
    public PlotModel model() {
        return model;
    }

    /// Replaces what is drawn.
    public void setModel(PlotModel next) {
        model = next == null ? PlotModel.EMPTY : next;
        placed.clear();
        List<Node> lines = new ArrayList<>();
        List<Node> marks = new ArrayList<>();
        for (PlotModel.Link l : model.links()) {
            Line line = new Line();
            line.setId("plot-link-" + l.gateway() + "-" + l.devEui());
            line.getStyleClass().add(Css.PLOT_LINK);
            line.pseudoClassStateChanged(Css.rssi(l.rssiClass().cssName()), true);
            lines.add(line);
            placed.add(new Placed(line, l.from(), l.to()));
        }
        for (PlotModel.DevicePoint d : model.devices()) {
            Circle c = new Circle(DEVICE_RADIUS);
            c.setId("plot-device-" + d.devEui());
            c.getStyleClass().add(Css.PLOT_DEVICE);
            marks.add(c);
            placed.add(new Placed(c, d.position(), null));
        }
        for (PlotModel.GatewayPoint g : model.gateways()) {
            Rectangle r = new Rectangle(GATEWAY_SIZE, GATEWAY_SIZE);
            r.setId("plot-gateway-" + g.eui());
            r.getStyleClass().add(Css.PLOT_GATEWAY);
            r.pseudoClassStateChanged(Css.CONNECTED, g.connected());
            r.pseudoClassStateChanged(Css.VIRTUAL, g.virtual());
            Text name = new Text(g.name());
            name.getStyleClass().add(Css.PLOT_LABEL);
            marks.add(r);
            marks.add(name);
            placed.add(new Placed(r, g.position(), null));
            placed.add(new Placed(name, g.position(), null));
        }
        drawing.getChildren().setAll(lines);
        drawing.getChildren().addAll(marks);
        empty.setVisible(model.isEmpty());
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        drawing.resizeRelocate(0, 0, w, h);
        List<Position> all = new ArrayList<>();
        model.gateways().forEach(g -> all.add(g.position()));
        model.devices().forEach(d -> all.add(d.position()));
        PlotProjection p = PlotProjection.fit(all, w, h, MARGIN);
        for (Placed n : placed) {
            double x = p.x(n.at());
            double y = p.y(n.at());
            switch (n.node()) {
                case Line l -> {
                    l.setStartX(x);
                    l.setStartY(y);
                    l.setEndX(p.x(n.to()));
                    l.setEndY(p.y(n.to()));
                }
                case Circle c -> {
                    c.setCenterX(x);
                    c.setCenterY(y);
                }
                case Rectangle r -> {
                    r.setX(x - GATEWAY_SIZE / 2);
                    r.setY(y - GATEWAY_SIZE / 2);
                }
                case Text t -> {
                    t.setX(x + GATEWAY_SIZE);
                    t.setY(y - GATEWAY_SIZE / 2);
                }
                default -> n.node().relocate(x, y);
            }
        }
        double lw = legend.prefWidth(-1);
        double lh = legend.prefHeight(-1);
        legend.resizeRelocate(8, 6, lw, lh);
        scale.setText(all.isEmpty() ? "" : String.format(java.util.Locale.ROOT, "1 px \u2248 %.1f m",
                p.metresPerPixel()));
        double sw = scale.prefWidth(-1);
        double sh = scale.prefHeight(-1);
        scale.resizeRelocate(Math.max(0, w - sw - 8), Math.max(0, h - sh - 6), sw, sh);
        double ew = Math.min(420, w - 16);
        double eh = empty.prefHeight(ew);
        empty.resizeRelocate((w - ew) / 2, (h - eh) / 2, ew, eh);
    }
}
