// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.downlinks;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import lorabench.server.downlink.EnqueueMode;
import lorabench.ui.devices.DeviceRow;
import lorabench.ui.devices.Formats;
import lorabench.ui.devices.QueuedDownlink;
import lorabench.ui.theme.Css;

/// Binds `DownlinksView.fxml` to a [DownlinksViewModel].
public final class DownlinksController {
    private final DownlinksViewModel viewModel;
    private final ZoneId zone;

    @FXML private ComboBox<StatusFilter> statusBox;
    @FXML private Label summaryLabel;
    @FXML private TableView<QueuedDownlink> table;
    @FXML private TableColumn<QueuedDownlink, String> idColumn;
    @FXML private TableColumn<QueuedDownlink, String> devEuiColumn;
    @FXML private TableColumn<QueuedDownlink, String> deviceColumn;
    @FXML private TableColumn<QueuedDownlink, String> statusColumn;
    @FXML private TableColumn<QueuedDownlink, String> portColumn;
    @FXML private TableColumn<QueuedDownlink, String> payloadColumn;
    @FXML private TableColumn<QueuedDownlink, String> confirmedColumn;
    @FXML private TableColumn<QueuedDownlink, String> fCntColumn;
    @FXML private TableColumn<QueuedDownlink, String> createdColumn;
    @FXML private TableColumn<QueuedDownlink, String> sentColumn;
    @FXML private TableColumn<QueuedDownlink, String> errorColumn;
    @FXML private ComboBox<DeviceRow> deviceBox;
    @FXML private TextField portField;
    @FXML private TextField payloadField;
    @FXML private CheckBox confirmedBox;
    @FXML private ComboBox<EnqueueMode> modeBox;
    @FXML private Label errorLabel;
    @FXML private Label resultLabel;

    public DownlinksController(DownlinksViewModel viewModel, ZoneId zone) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @FXML
    private void initialize() {
        statusBox.getItems().setAll(StatusFilter.values());
        statusBox.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        table.setItems(viewModel.visibleRows());
        table.setPlaceholder(new Label("No downlinks with this status."));
        text(idColumn, q -> String.valueOf(q.downlink().id()));
        text(devEuiColumn, q -> q.devEui().toString());
        text(deviceColumn, QueuedDownlink::deviceName);
        text(statusColumn, q -> q.downlink().status().name().replace('_', ' ').toLowerCase(Locale.ROOT));
        text(portColumn, q -> String.valueOf(q.downlink().fPort()));
        text(payloadColumn, q -> q.downlink().payload().toHex());
        text(confirmedColumn, q -> q.downlink().confirmed() ? "yes" : "no");
        text(fCntColumn, q -> q.downlink().fCnt().map(String::valueOf).orElse("\u2014"));
        text(createdColumn, q -> Formats.time(Optional.of(q.downlink().created()), zone, LocalDate.now(zone)));
        text(sentColumn, q -> Formats.time(q.downlink().sent(), zone, LocalDate.now(zone)));
        text(errorColumn, q -> q.downlink().error().orElse(""));
        devEuiColumn.getStyleClass().add(Css.MONO);
        payloadColumn.getStyleClass().add(Css.MONO);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedProperty().set(now));
        deviceBox.setItems(viewModel.devices());
        deviceBox.valueProperty().bindBidirectional(viewModel.targetProperty());
        deviceBox.setConverter(converter(r -> r.device().name() + " (" + r.device().devEui() + ")"));
        portField.textProperty().bindBidirectional(viewModel.form().fPortProperty());
        payloadField.textProperty().bindBidirectional(viewModel.form().payloadProperty());
        confirmedBox.selectedProperty().bindBidirectional(viewModel.form().confirmedProperty());
        modeBox.getItems().setAll(EnqueueMode.values());
        modeBox.valueProperty().bindBidirectional(viewModel.form().modeProperty());
        modeBox.setConverter(converter(m -> switch (m) {
            case ENQUEUE_ON_BUSY -> "Enqueue behind";
            case FAIL_ON_BUSY -> "Fail";
            case REPLACE_ON_BUSY -> "Replace waiting";
        }));
        errorLabel.textProperty().bind(viewModel.form().errorProperty());
        resultLabel.textProperty().bind(viewModel.lastResultProperty());
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void enqueue() {
        viewModel.enqueue();
    }

    @FXML
    private void cancelSelected() {
        viewModel.cancelSelected();
    }
}
