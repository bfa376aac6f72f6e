// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.scenarios;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lorabench.sim.scenario.ClockMode;
import lorabench.ui.theme.Css;

/// Binds `ScenariosView.fxml` to a [ScenariosViewModel].
public final class ScenariosController {
    private final ScenariosViewModel viewModel;

    @FXML private BorderPane root;
    @FXML private Label filesMessageLabel;
    @FXML private SplitPane masterDetail;
    @FXML private ListView<ScenarioFile> fileList;
    @FXML private Label nameLabel;
    @FXML private Label descriptionLabel;
    @FXML private Label problemLabel;
    @FXML private Label fileLabel;
    @FXML private Label seedLabel;
    @FXML private Label clockLabel;
    @FXML private Label devicesLabel;
    @FXML private Label gatewaysLabel;
    @FXML private Label durationLabel;
    @FXML private TableView<RunRow> runsTable;
    @FXML private TableColumn<RunRow, String> numberColumn;
    @FXML private TableColumn<RunRow, String> scenarioColumn;
    @FXML private TableColumn<RunRow, String> clockColumn;
    @FXML private TableColumn<RunRow, String> stateColumn;
    @FXML private TableColumn<RunRow, String> progressColumn;
    @FXML private TableColumn<RunRow, String> uplinksColumn;
    @FXML private TableColumn<RunRow, String> perColumn;
    @FXML private Label runTitleLabel;
    @FXML private ProgressBar runProgress;
    @FXML private Label elapsedLabel;
    @FXML private Label joinsLabel;
    @FXML private Label uplinksLabel;
    @FXML private Label downlinksLabel;
    @FXML private Label perLabel;
    @FXML private Label runProblemLabel;
    @FXML private TableView<SummaryLine> summaryTable;
    @FXML private TableColumn<SummaryLine, String> fieldColumn;
    @FXML private TableColumn<SummaryLine, String> valueColumn;
    @FXML private TableView<RunSummary.Airtime> airtimeTable;
    @FXML private TableColumn<RunSummary.Airtime, String> devEuiColumn;
    @FXML private TableColumn<RunSummary.Airtime, String> airtimeColumn;

    public ScenariosController(ScenariosViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
    }

    @FXML
    private void initialize() {
        filesMessageLabel.textProperty().bind(viewModel.filesMessageProperty());
        fileList.setItems(viewModel.files());
        fileList.setCellFactory(l -> new FileCell());
        fileList.setPlaceholder(placeholder("No scenario file: use Open\u2026 to pick one."));
        fileList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != viewModel.selectedFileProperty().get()) {
                viewModel.select(now);
            }
        });
        viewModel.selectedFileProperty().addListener((obs, old, now) -> {
            if (now != fileList.getSelectionModel().getSelectedItem()) {
                fileList.getSelectionModel().select(now);
            }
        });
        nameLabel.textProperty().bind(viewModel.nameProperty());
        descriptionLabel.textProperty().bind(viewModel.descriptionProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        collapseWhenEmpty(problemLabel);
        collapseWhenEmpty(descriptionLabel);
        fileLabel.textProperty().bind(viewModel.fileNameProperty());
        seedLabel.textProperty().bind(viewModel.seedProperty());
        clockLabel.textProperty().bind(viewModel.clockProperty());
        devicesLabel.textProperty().bind(viewModel.devicesProperty());
        gatewaysLabel.textProperty().bind(viewModel.gatewaysProperty());
        durationLabel.textProperty().bind(viewModel.durationProperty());

        runsTable.setItems(viewModel.runs());
        runsTable.setPlaceholder(placeholder("No run yet: select a scenario and press Run."));
        text(numberColumn, r -> Integer.toString(r.number()));
        text(scenarioColumn, RunRow::scenario);
        text(clockColumn, r -> r.clock().name().toLowerCase(Locale.ROOT));
        text(stateColumn, r -> r.state().label());
        stateColumn.setCellFactory(c -> new StateCell());
        text(progressColumn, r -> RunSummary.percent(r.fraction()));
        text(uplinksColumn, r -> r.report().map(p -> Long.toString(p.uplinks())).orElse("\u2014"));
        text(perColumn, r -> r.report().map(p -> String.format(Locale.ROOT, "%.3f", p.packetErrorRate()))
                .orElse("\u2014"));
        runsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && (viewModel.selectedRunProperty().get() == null
                    || viewModel.selectedRunProperty().get().number() != now.number())) {
                viewModel.selectRun(now);
            }
        });
        viewModel.selectedRunProperty().addListener((obs, old, now) -> {
            RunRow shown = runsTable.getSelectionModel().getSelectedItem();
            if (now != null && (shown == null || shown.number() != now.number() || shown != now)) {
                runsTable.getSelectionModel().select(now);
            }
        });
        runTitleLabel.textProperty().bind(viewModel.runDetails().runTitleProperty());
        runProgress.progressProperty().bind(viewModel.runDetails().progressProperty());
        runProgress.visibleProperty().bind(viewModel.selectedRunProperty().isNotNull());
        elapsedLabel.textProperty().bind(viewModel.runDetails().elapsedProperty());
        joinsLabel.textProperty().bind(viewModel.runDetails().joinsProperty());
        uplinksLabel.textProperty().bind(viewModel.runDetails().uplinksProperty());
        downlinksLabel.textProperty().bind(viewModel.runDetails().downlinksProperty());
        perLabel.textProperty().bind(viewModel.runDetails().perProperty());
        runProblemLabel.textProperty().bind(viewModel.runDetails().runProblemProperty());
        collapseWhenEmpty(runProblemLabel);
        summaryTable.setItems(viewModel.runDetails().summary());
        summaryTable.setPlaceholder(placeholder("The summary appears when the run ends."));
        text(fieldColumn, SummaryLine::label);
        text(valueColumn, SummaryLine::value);
        airtimeTable.setItems(viewModel.runDetails().airtime());
        airtimeTable.setPlaceholder(placeholder("Airtime per device"));
        text(devEuiColumn, RunSummary.Airtime::devEui);
        text(airtimeColumn, RunSummary.Airtime::seconds);
        devEuiColumn.getStyleClass().add(Css.MONO);
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Css.EMPTY_STATE);
        label.setWrapText(true);
        return label;
    }

    private static void collapseWhenEmpty(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /// {@return the screen's toolbar actions}: Open…, the run clock, Run, Stop
    public List<Node> toolbarItems() {
        ComboBox<ClockMode> clock = new ComboBox<>(FXCollections.observableArrayList(ClockMode.values()));
        clock.setId("clockChoice");
        clock.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClockMode mode) {
                return mode == null ? "" : switch (mode) {
                    case VIRTUAL -> "Virtual time";
                    case REAL -> "Real time, this server";
                };
            }

            @Override
            public ClockMode fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        clock.setTooltip(new Tooltip("Virtual time: an embedded server of the run's own, as fast as the CPU goes. "
                + "Real time: this server, whose Devices and Live frames show the scenario's devices."));
        clock.valueProperty().bindBidirectional(viewModel.runClockProperty());
        clock.disableProperty().bind(viewModel.runnableProperty().not());
        Button open = new Button("Open\u2026");
        open.setId("openScenarioButton");
        open.setTooltip(new Tooltip("Open a scenario file (docs/scenarios.md)"));
        open.setOnAction(e -> viewModel.open());
        Button run = new Button("Run");
        run.setId("runScenarioButton");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(viewModel.runnableProperty().not());
        run.setOnAction(e -> viewModel.run());
        Button stop = new Button("Stop");
        stop.setId("stopScenarioButton");
        stop.disableProperty().bind(viewModel.runDetails().stoppableProperty().not());
        stop.setOnAction(e -> viewModel.stop());
        return List.of(open, clock, run, stop);
    }

    /// The scenario's name over its file name; a file that does not parse has the `problem` pseudo-class.
    private static final class FileCell extends ListCell<ScenarioFile> {
        private final Label title = new Label();
        private final Label file = new Label();
        private final VBox box = new VBox(title, file);

        FileCell() {
            getStyleClass().add(Css.SCENARIO_CELL);
            title.getStyleClass().add(Css.SCENARIO_TITLE);
            file.getStyleClass().add(Css.SCENARIO_FILE);
        }

        @Override
        protected void updateItem(ScenarioFile item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(Css.PROBLEM, !empty && item instanceof ScenarioFile.Invalid);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            title.setText(item.title());
            String name = String.valueOf(item.path().getFileName());
            file.setText(switch (item) {
                case ScenarioFile.Valid v -> name + (item.sample() ? "" : " (opened)");
                case ScenarioFile.Invalid i -> name + ": does not parse";
            });
            setText(null);
            setGraphic(box);
        }
    }

    /// A run's state with its pseudo-class (`running`, `finished`, `failed` ...).
    private static final class StateCell extends TableCell<RunRow, String> {
        StateCell() {
            getStyleClass().add(Css.RUN_STATE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item);
            for (RunState s : RunState.values()) {
                pseudoClassStateChanged(Css.runState(s.label()), !empty && s.label().equals(item));
            }
        }
    }
}
