// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import lorabench.ui.devices.Formats;
import lorabench.ui.theme.Css;

/// Binds `Dashboard.fxml` to a [DashboardViewModel]. The chart's x value is the minute's position relative to the
/// window's end (0 = the current minute), so the two series are updated in place as the window slides.
public final class DashboardController {
    private final DashboardViewModel viewModel;
    private final ZoneId zone;
    private final XYChart.Series<Number, Number> uplinks = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> downlinks = new XYChart.Series<>();

    @FXML private Label gatewaysValue;
    @FXML private Label gatewaysDetail;
    @FXML private Label devicesValue;
    @FXML private Label devicesDetail;
    @FXML private Label notJoinedValue;
    @FXML private Label notJoinedDetail;
    @FXML private Label joinedValue;
    @FXML private Label joinedDetail;
    @FXML private Label abpValue;
    @FXML private Label abpDetail;
    @FXML private Label trafficSummaryLabel;
    @FXML private Label statusLabel;
    @FXML private AreaChart<Number, Number> trafficChart;
    @FXML private NumberAxis minuteAxis;
    @FXML private NumberAxis framesAxis;
    @FXML private TableView<DashboardEvent> eventTable;
    @FXML private TableColumn<DashboardEvent, String> timeColumn;
    @FXML private TableColumn<DashboardEvent, String> kindColumn;
    @FXML private TableColumn<DashboardEvent, String> deviceColumn;
    @FXML private TableColumn<DashboardEvent, String> textColumn;

    public DashboardController(DashboardViewModel viewModel, ZoneId zone) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @FXML
    private void initialize() {
        bind(viewModel.gateways(), gatewaysValue, gatewaysDetail);
        bind(viewModel.devices(), devicesValue, devicesDetail);
        bind(viewModel.notJoined(), notJoinedValue, notJoinedDetail);
        bind(viewModel.joined(), joinedValue, joinedDetail);
        bind(viewModel.abp(), abpValue, abpDetail);
        trafficSummaryLabel.textProperty().bind(viewModel.trafficSummaryProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());

        uplinks.setName("Uplinks");
        downlinks.setName("Downlinks");
        minuteAxis.setLowerBound(-DashboardViewModel.WINDOW_MINUTES);
        minuteAxis.setUpperBound(0);
        minuteAxis.setTickLabelFormatter(labels(n -> n.intValue() == 0 ? "now" : String.valueOf(-n.intValue())));
        // frame counts are whole numbers: no "0.5" ticks while they are small
        framesAxis.setTickLabelFormatter(labels(n -> n.doubleValue() == Math.rint(n.doubleValue())
                ? String.valueOf(n.longValue()) : ""));
        trafficChart.getData().setAll(List.of(uplinks, downlinks));
        viewModel.traffic().addListener((ListChangeListener<TrafficBucket>) change -> plot());
        plot();

        eventTable.setItems(viewModel.recentEvents());
        eventTable.setPlaceholder(new Label("No events yet: join a device or send an uplink."));
        text(timeColumn, e -> Formats.time(Optional.of(e.at()), zone, LocalDate.now(zone)));
        text(kindColumn, e -> e.kind().label());
        text(deviceColumn, e -> e.device().map(Object::toString).orElse(""));
        text(textColumn, DashboardEvent::text);
        deviceColumn.getStyleClass().add(Css.MONO);
        eventTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(DashboardEvent item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(Css.PROBLEM, !empty && item != null && item.kind().problem());
            }
        });
    }

    private void plot() {
        List<TrafficBucket> buckets = viewModel.traffic();
        int n = buckets.size();
        if (uplinks.getData().size() != n) {
            uplinks.getData().clear();
            downlinks.getData().clear();
            for (int i = 0; i < n; i++) {
                uplinks.getData().add(new XYChart.Data<>(i - n + 1, buckets.get(i).uplinks()));
                downlinks.getData().add(new XYChart.Data<>(i - n + 1, buckets.get(i).downlinks()));
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            set(uplinks.getData().get(i), buckets.get(i).uplinks());
            set(downlinks.getData().get(i), buckets.get(i).downlinks());
        }
    }

    private static void set(XYChart.Data<Number, Number> point, long value) {
        if (point.getYValue().longValue() != value) {
            point.setYValue(value);
        }
    }

    private static StringConverter<Number> labels(Function<Number, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return text.apply(value);
            }

            @Override
            public Number fromString(String string) {
                return Double.valueOf(string);
            }
        };
    }

    private static void bind(DashboardViewModel.Tile tile, Label value, Label detail) {
        value.textProperty().bind(tile.valueProperty());
        detail.textProperty().bind(tile.detailProperty());
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
