// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import lorabench.store.Position;
import lorabench.ui.devices.Formats;
import lorabench.ui.theme.Css;

/// Binds `GatewaysView.fxml` to a [GatewaysViewModel].
public final class GatewaysController {
    private final GatewaysViewModel viewModel;
    private final ZoneId zone;

    @FXML private BorderPane root;
    @FXML private Label summaryLabel;
    @FXML private Label resultLabel;
    @FXML private SplitPane split;
    @FXML private TableView<GatewayRow> table;
    @FXML private TableColumn<GatewayRow, String> euiColumn;
    @FXML private TableColumn<GatewayRow, String> nameColumn;
    @FXML private TableColumn<GatewayRow, String> kindColumn;
    @FXML private TableColumn<GatewayRow, String> stateColumn;
    @FXML private TableColumn<GatewayRow, String> lastSeenColumn;
    @FXML private TableColumn<GatewayRow, String> latitudeColumn;
    @FXML private TableColumn<GatewayRow, String> longitudeColumn;
    @FXML private TableColumn<GatewayRow, String> altitudeColumn;
    @FXML private TableColumn<GatewayRow, String> rxColumn;
    @FXML private TableColumn<GatewayRow, String> rxOkColumn;
    @FXML private TableColumn<GatewayRow, String> forwardedColumn;
    @FXML private TableColumn<GatewayRow, String> txRequestedColumn;
    @FXML private TableColumn<GatewayRow, String> txColumn;
    @FXML private TableColumn<GatewayRow, String> refusedColumn;
    @FXML private TableColumn<GatewayRow, String> devicesColumn;
    @FXML private TableColumn<GatewayRow, String> rssiColumn;
    @FXML private TableColumn<GatewayRow, String> lastUplinkColumn;
    @FXML private PositionPlot plot;

    public GatewaysController(GatewaysViewModel viewModel, ZoneId zone) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        resultLabel.textProperty().bind(viewModel.lastResultProperty());
        table.setItems(viewModel.visibleRows());
        table.setPlaceholder(new Label("No gateway yet: add a virtual one, or point a packet forwarder at the UDP "
                + "port."));
        text(euiColumn, r -> r.eui().toString());
        text(nameColumn, GatewayRow::name);
        text(kindColumn, GatewayRow::kind);
        text(stateColumn, GatewayRow::state);
        stateColumn.setCellFactory(c -> new StateCell());
        text(lastSeenColumn, r -> time(r.lastSeen()));
        text(latitudeColumn, r -> coordinate(r.position().map(Position::latitude)));
        text(longitudeColumn, r -> coordinate(r.position().map(Position::longitude)));
        text(altitudeColumn, r -> r.position().map(p -> String.format(Locale.ROOT, "%.0f", p.altitude()))
                .orElse("\u2014"));
        text(rxColumn, r -> String.valueOf(r.stats().rxReceived()));
        text(rxOkColumn, r -> String.valueOf(r.stats().rxOk()));
        text(forwardedColumn, r -> String.valueOf(r.stats().rxForwarded()));
        text(txRequestedColumn, r -> String.valueOf(r.stats().txReceived()));
        text(txColumn, r -> String.valueOf(r.stats().txEmitted()));
        text(refusedColumn, r -> r.virtual() ? String.valueOf(r.refused()) : "\u2014");
        text(devicesColumn, r -> String.valueOf(r.devicesHeard()));
        text(rssiColumn, r -> Formats.signal(r.lastRssi(), r.lastSnr()));
        text(lastUplinkColumn, r -> time(r.lastUplink()));
        euiColumn.getStyleClass().add(Css.MONO);
        plot.setModel(viewModel.plotProperty().get());
        viewModel.plotProperty().addListener((obs, old, now) -> plot.setModel(now));
    }

    private String time(Optional<Instant> at) {
        return Formats.time(at, zone, LocalDate.now(zone));
    }

    private static String coordinate(Optional<Double> degrees) {
        return degrees.map(d -> String.format(Locale.ROOT, "%.5f", d)).orElse("\u2014");
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /// "connected" / "offline" with the `connected` pseudo-class.
    private static final class StateCell extends TableCell<GatewayRow, String> {
        StateCell() {
            getStyleClass().add(Css.GATEWAY_STATE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item);
            pseudoClassStateChanged(Css.CONNECTED, !empty && "connected".equals(item));
        }
    }

    /// {@return the screen's toolbar actions}: "Add virtual gateway…"
    public List<Node> toolbarItems() {
        Button add = new Button("Add virtual gateway\u2026");
        add.setId("addGatewayButton");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> AddGatewayDialog.show(root.getScene() == null ? null : root.getScene().getWindow(),
                viewModel.newGatewayForm(), viewModel::add));
        return List.of(add);
    }
}
