// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import lorabench.server.downlink.EnqueueMode;
import lorabench.store.Downlink;

/// Binds `DevicesView.fxml` to the [DeviceListViewModel] and [DeviceDetailViewModel]; opens the device form and the
/// import report. Holds no logic of its own.
public final class DevicesController {
    private final DeviceListViewModel list;
    private final DeviceDetailViewModel detail;
    private final ZoneId zone;
    private final Runnable addGateway;

    @FXML private SplitPane root;
    @FXML private TableView<DeviceRow> deviceTable;
    @FXML private TableColumn<DeviceRow, String> devEuiColumn;
    @FXML private TableColumn<DeviceRow, String> nameColumn;
    @FXML private TableColumn<DeviceRow, String> classColumn;
    @FXML private TableColumn<DeviceRow, String> activationColumn;
    @FXML private TableColumn<DeviceRow, String> versionColumn;
    @FXML private TableColumn<DeviceRow, String> regionColumn;
    @FXML private TableColumn<DeviceRow, String> statusColumn;
    @FXML private TableColumn<DeviceRow, String> lastSeenColumn;
    @FXML private TableColumn<DeviceRow, String> fCntColumn;
    @FXML private TableColumn<DeviceRow, String> signalColumn;
    @FXML private Label summaryLabel;
    @FXML private BorderPane detailPane;
    @FXML private Label detailTitle;
    @FXML private Label detailBadge;
    @FXML private Label virtualBadge;
    @FXML private Label detailSubtitle;
    @FXML private Label lastResultLabel;
    @FXML private VBox notVirtualBox;
    @FXML private VBox virtualBox;
    @FXML private TextField uplinkPortField;
    @FXML private TextField uplinkPayloadField;
    @FXML private CheckBox uplinkConfirmedBox;
    @FXML private Label uplinkError;
    @FXML private CheckBox ackDownlinksBox;
    @FXML private TextField batteryField;
    @FXML private TextField marginField;
    @FXML private TableView<Downlink> queueTable;
    @FXML private TableColumn<Downlink, String> queueIdColumn;
    @FXML private TableColumn<Downlink, String> queueStatusColumn;
    @FXML private TableColumn<Downlink, String> queuePortColumn;
    @FXML private TableColumn<Downlink, String> queuePayloadColumn;
    @FXML private TableColumn<Downlink, String> queueConfirmedColumn;
    @FXML private TableColumn<Downlink, String> queueFCntColumn;
    @FXML private TableColumn<Downlink, String> queueCreatedColumn;
    @FXML private TextField downlinkPortField;
    @FXML private TextField downlinkPayloadField;
    @FXML private CheckBox downlinkConfirmedBox;
    @FXML private ComboBox<EnqueueMode> modeBox;
    @FXML private Label downlinkError;
    @FXML private TableView<JoinAttempt> traceTable;
    @FXML private TableColumn<JoinAttempt, String> traceTimeColumn;
    @FXML private TableColumn<JoinAttempt, String> traceNonceColumn;
    @FXML private TableColumn<JoinAttempt, String> traceOutcomeColumn;
    @FXML private TableColumn<JoinAttempt, String> traceSignalColumn;
    @FXML private TableColumn<JoinAttempt, String> traceDetailColumn;

    /// @param addGateway adds a virtual gateway (the toolbar's Add menu)
    public DevicesController(DeviceListViewModel list, DeviceDetailViewModel detail, ZoneId zone,
            Runnable addGateway) {
        this.list = Objects.requireNonNull(list, "list");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.addGateway = Objects.requireNonNull(addGateway, "addGateway");
    }

    @FXML
    private void initialize() {
        deviceTable.setItems(list.visibleRows());
        deviceTable.setPlaceholder(new Label("No devices yet: add one, add a virtual device, or import a file."));
        text(devEuiColumn, r -> r.device().devEui().toString());
        text(nameColumn, r -> r.device().name());
        text(classColumn, r -> r.device().deviceClass().name());
        text(activationColumn, r -> r.device().activation().name());
        text(versionColumn, r -> r.device().macVersion().toString());
        text(regionColumn, r -> r.device().region().text());
        text(statusColumn, r -> r.status() + (r.virtual() ? " \u00b7 virtual" : ""));
        text(lastSeenColumn, r -> Formats.time(r.device().lastSeen(), zone, LocalDate.now(zone)));
        text(fCntColumn, r -> (r.lastFCntUp().isPresent() ? String.valueOf(r.lastFCntUp().getAsLong()) : "\u2014")
                + " / " + (r.nextFCntDown().isPresent() ? String.valueOf(r.nextFCntDown().getAsLong()) : "\u2014"));
        text(signalColumn, r -> Formats.signal(r.device().lastRssi(), r.device().lastSnr()));
        devEuiColumn.getStyleClass().add(lorabench.ui.theme.Css.MONO);
        summaryLabel.textProperty().bind(list.summaryProperty());
        deviceTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                list.selectedProperty().set(now);
            }
        });
        list.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                deviceTable.getSelectionModel().clearSelection();
            } else if (deviceTable.getSelectionModel().getSelectedItem() != now) {
                deviceTable.getSelectionModel().select(now);
            }
            detail.deviceProperty().set(now);
            showHeader(now);
        });
        list.lastImportProperty().addListener((obs, old, now) -> {
            if (now != null) {
                ImportReportDialog.show(window(), now);
            }
        });
        bindDetail();
        showHeader(null);
    }

    private void bindDetail() {
        detailPane.disableProperty().bind(list.selectedProperty().isNull());
        lastResultLabel.textProperty().bind(detail.lastResultProperty());
        show(virtualBox, detail.virtualProperty());
        show(virtualBadge, detail.virtualProperty());
        show(notVirtualBox, detail.virtualProperty().not());
        uplinkPortField.textProperty().bindBidirectional(detail.uplinkForm().fPortProperty());
        uplinkPayloadField.textProperty().bindBidirectional(detail.uplinkForm().payloadProperty());
        uplinkConfirmedBox.selectedProperty().bindBidirectional(detail.uplinkForm().confirmedProperty());
        uplinkError.textProperty().bind(detail.uplinkForm().errorProperty());
        ackDownlinksBox.selectedProperty().bindBidirectional(detail.ackDownlinksProperty());
        batteryField.textProperty().bindBidirectional(detail.batteryProperty());
        marginField.textProperty().bindBidirectional(detail.marginProperty());
        queueTable.setItems(detail.queue());
        queueTable.setPlaceholder(new Label("Nothing queued."));
        text(queueIdColumn, d -> String.valueOf(d.id()));
        text(queueStatusColumn, d -> d.status().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)
                + d.error().map(e -> ": " + e).orElse(""));
        text(queuePortColumn, d -> String.valueOf(d.fPort()));
        text(queuePayloadColumn, d -> d.payload().toHex());
        text(queueConfirmedColumn, d -> d.confirmed() ? "yes" : "no");
        text(queueFCntColumn, d -> d.fCnt().map(String::valueOf).orElse("\u2014"));
        text(queueCreatedColumn, d -> Formats.time(java.util.Optional.of(d.created()), zone, LocalDate.now(zone)));
        queuePayloadColumn.getStyleClass().add(lorabench.ui.theme.Css.MONO);
        downlinkPortField.textProperty().bindBidirectional(detail.downlinkForm().fPortProperty());
        downlinkPayloadField.textProperty().bindBidirectional(detail.downlinkForm().payloadProperty());
        downlinkConfirmedBox.selectedProperty().bindBidirectional(detail.downlinkForm().confirmedProperty());
        modeBox.getItems().setAll(EnqueueMode.values());
        modeBox.valueProperty().bindBidirectional(detail.downlinkForm().modeProperty());
        modeBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EnqueueMode m) {
                return m == null ? "" : switch (m) {
                    case ENQUEUE_ON_BUSY -> "Enqueue behind";
                    case FAIL_ON_BUSY -> "Fail";
                    case REPLACE_ON_BUSY -> "Replace waiting";
                };
            }

            @Override
            public EnqueueMode fromString(String s) {
                return null;
            }
        });
        downlinkError.textProperty().bind(detail.downlinkForm().errorProperty());
        traceTable.setItems(detail.joinTrace());
        traceTable.setPlaceholder(new Label("No join-request from this device yet."));
        text(traceTimeColumn, a -> Formats.time(java.util.Optional.of(a.time()), zone, LocalDate.now(zone)));
        text(traceNonceColumn, a -> a.devNonce().map(Object::toString).orElse("\u2014"));
        text(traceOutcomeColumn, a -> a.outcome().toString());
        text(traceSignalColumn, a -> Formats.signal(a.rssi(), a.snr()));
        text(traceDetailColumn, JoinAttempt::detail);
    }

    private void showHeader(DeviceRow row) {
        detailTitle.setText(row == null ? "No device selected" : row.device().name());
        detailBadge.setText(row == null ? "" : row.status());
        detailSubtitle.setText(row == null ? "Select a device to see its queue, join trace and actions."
                : "DevEUI " + row.device().devEui() + row.devAddr().map(a -> "  \u00b7  DevAddr " + a).orElse("")
                + "  \u00b7  LoRaWAN " + row.device().macVersion() + " " + row.device().region().text());
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private static void show(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /// {@return the screen's toolbar actions}: Add ▾ (device, virtual device, virtual gateway), Edit, Delete, Import
    public List<Node> toolbarItems() {
        MenuItem addDevice = new MenuItem("Device\u2026");
        addDevice.setId("addDeviceItem");
        addDevice.setOnAction(e -> openForm(list.newDevice(false)));
        MenuItem addVirtual = new MenuItem("Virtual device\u2026");
        addVirtual.setId("addVirtualDeviceItem");
        addVirtual.setOnAction(e -> openForm(list.newDevice(true)));
        MenuItem gateway = new MenuItem("Virtual gateway");
        gateway.setId("addVirtualGatewayItem");
        gateway.setOnAction(e -> addGateway.run());
        MenuButton add = new MenuButton("Add", null, addDevice, addVirtual, gateway);
        add.setId("addMenu");
        add.getStyleClass().add("accent");
        Button edit = new Button("Edit\u2026");
        edit.setId("editDeviceButton");
        edit.disableProperty().bind(list.selectedProperty().isNull());
        edit.setOnAction(e -> {
            DeviceFormViewModel form = list.editSelected();
            if (form != null) {
                openForm(form);
            }
        });
        Button delete = new Button("Delete");
        delete.setId("deleteDeviceButton");
        delete.disableProperty().bind(list.selectedProperty().isNull());
        delete.setOnAction(e -> list.deleteSelected());
        Button importButton = new Button("Import\u2026");
        importButton.setId("importDevicesButton");
        importButton.setOnAction(e -> list.importDevices());
        return List.of(add, edit, delete, importButton);
    }

    private void openForm(DeviceFormViewModel form) {
        DeviceFormDialog.show(window(), form, list::save);
    }

    @FXML
    private void simulate() {
        detail.simulate();
    }

    @FXML
    private void join() {
        detail.join();
    }

    @FXML
    private void sendUplink() {
        detail.sendUplink();
    }

    @FXML
    private void applyBehaviour() {
        detail.applyBehaviour();
    }

    @FXML
    private void enqueue() {
        detail.enqueue();
    }

    @FXML
    private void cancelDownlink() {
        detail.cancel(queueTable.getSelectionModel().getSelectedItem());
    }
}
