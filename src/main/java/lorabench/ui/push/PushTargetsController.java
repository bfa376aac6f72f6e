// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import lorabench.api.orbiwise.push.OwDataFormat;
import lorabench.api.orbiwise.push.OwTopic;
import lorabench.ui.theme.Css;

/// Binds `push/PushTargets.fxml` to the [PushTargetsViewModel] and its [DeliveryLogViewModel].
public final class PushTargetsController {
    private final PushTargetsViewModel viewModel;
    private final DeliveryLogViewModel log;

    @FXML private BorderPane root;
    @FXML private TableView<TargetRow> targetsTable;
    @FXML private ComboBox<AccountChoice> accountBox;
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField pathField;
    @FXML private ComboBox<AuthKind> authBox;
    @FXML private Label usernameLabel;
    @FXML private TextField usernameField;
    @FXML private Label secretLabel;
    @FXML private PasswordField secretField;
    @FXML private ComboBox<OwDataFormat> formatBox;
    @FXML private CheckBox retryBox;
    @FXML private FlowPane topicsPane;
    @FXML private TextArea headersArea;
    @FXML private Label errorLabel;
    @FXML private Button newButton;
    @FXML private Button saveButton;
    @FXML private Button startButton;
    @FXML private Button stopButton;
    @FXML private Button testButton;
    @FXML private Label messageLabel;
    @FXML private TableView<DeliveryRow> logTable;
    @FXML private TableView<KeptRow> keptTable;
    @FXML private Button refreshKeptButton;
    @FXML private Button repushButton;

    public PushTargetsController(PushTargetsViewModel viewModel, DeliveryLogViewModel log) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.log = Objects.requireNonNull(log, "log");
    }

    @FXML
    private void initialize() {
        targetsTable.getColumns().setAll(java.util.List.of(column("Account", r -> r.account().label(), 90),
                column("URL", TargetRow::url, 200), column("Auth", TargetRow::auth, 70),
                column("Format", TargetRow::dataFormat, 70), column("State", TargetRow::state, 70)));
        targetsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        targetsTable.setItems(viewModel.targets());
        targetsTable.setPlaceholder(new Label("No push targets yet: fill in the form and press Start."));
        targetsTable.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                viewModel.select(row);
            }
        });
        bindForm(viewModel.form());
        logTable.getColumns().setAll(java.util.List.of(column("Time", DeliveryRow::time, 110),
                column("Account", DeliveryRow::account, 110), column("URL", DeliveryRow::url, 300),
                column("Method", DeliveryRow::method, 75), column("Status", DeliveryRow::status, 75),
                column("Latency", DeliveryRow::latency, 80), column("Outcome", DeliveryRow::outcome, 110),
                column("Error", DeliveryRow::error, 200)));
        logTable.setItems(log.rows());
        logTable.setPlaceholder(new Label("No deliveries yet."));
        logTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DeliveryRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(Css.FAILED, !empty && item != null && item.failed());
            }
        });
        keptTable.getColumns().setAll(java.util.List.of(column("Received", KeptRow::received, 150),
                column("DevEUI", KeptRow::devEui, 150), column("FCnt", KeptRow::fCnt, 70),
                column("FPort", KeptRow::fPort, 60), column("Payload", KeptRow::payload, 260)));
        keptTable.setItems(viewModel.kept());
        keptTable.setPlaceholder(new Label("No kept payloads: every push was answered 200."));
        refreshKeptButton.setOnAction(e -> viewModel.refreshKept());
        repushButton.disableProperty().bind(keptTable.getSelectionModel().selectedItemProperty().isNull());
        repushButton.setOnAction(e -> viewModel.repush(keptTable.getSelectionModel().getSelectedItem()));
        messageLabel.textProperty().bind(viewModel.messageProperty());
    }

    private void bindForm(TargetFormViewModel form) {
        accountBox.setItems(viewModel.accounts());
        accountBox.valueProperty().bindBidirectional(form.accountProperty());
        hostField.textProperty().bindBidirectional(form.hostProperty());
        portField.textProperty().bindBidirectional(form.portProperty());
        pathField.textProperty().bindBidirectional(form.pathPrefixProperty());
        authBox.getItems().setAll(AuthKind.values());
        authBox.valueProperty().bindBidirectional(form.authKindProperty());
        usernameField.textProperty().bindBidirectional(form.usernameProperty());
        secretField.textProperty().bindBidirectional(form.secretProperty());
        formatBox.getItems().setAll(OwDataFormat.values());
        formatBox.valueProperty().bindBidirectional(form.dataFormatProperty());
        retryBox.selectedProperty().bindBidirectional(form.retryProperty());
        headersArea.textProperty().bindBidirectional(form.headersProperty());
        for (Map.Entry<OwTopic, BooleanProperty> e : form.topics().entrySet()) {
            CheckBox box = new CheckBox(e.getKey().wireName());
            box.setId("topic-" + e.getKey().wireName());
            box.selectedProperty().bindBidirectional(e.getValue());
            topicsPane.getChildren().add(box);
        }
        var kind = form.authKindProperty();
        usernameLabel.visibleProperty().bind(kind.isEqualTo(AuthKind.BASIC));
        usernameLabel.managedProperty().bind(usernameLabel.visibleProperty());
        usernameField.visibleProperty().bind(usernameLabel.visibleProperty());
        usernameField.managedProperty().bind(usernameLabel.visibleProperty());
        secretLabel.visibleProperty().bind(kind.isNotEqualTo(AuthKind.NONE));
        secretLabel.managedProperty().bind(secretLabel.visibleProperty());
        secretField.visibleProperty().bind(secretLabel.visibleProperty());
        secretField.managedProperty().bind(secretLabel.visibleProperty());
        secretLabel.textProperty().bind(Bindings.createStringBinding(() -> switch (kind.get()) {
            case BASIC -> "Password";
            case BEARER -> "Access token";
            case HEADER, NONE -> "Header value";
        }, kind));
        errorLabel.textProperty().bind(form.errorProperty());
        saveButton.disableProperty().bind(form.validProperty().not());
        startButton.disableProperty().bind(form.validProperty().not());
        testButton.disableProperty().bind(form.validProperty().not());
        newButton.setOnAction(e -> {
            targetsTable.getSelectionModel().clearSelection();
            viewModel.newTarget();
        });
        saveButton.setOnAction(e -> viewModel.save());
        startButton.setOnAction(e -> viewModel.start());
        stopButton.setOnAction(e -> viewModel.stop());
        testButton.setOnAction(e -> viewModel.sendTest());
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /// {@return the loaded root}
    BorderPane root() {
        return root;
    }
}
