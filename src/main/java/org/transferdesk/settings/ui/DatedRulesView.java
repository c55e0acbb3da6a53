package org.transferdesk.settings.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.transferdesk.common.I18n;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.EditorWindowView;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.SettingsForms;

/**
 * A window for a group of dated office rules: one control per rule, chosen by its {@link SettingEditor} (a choice,
 * a number with its unit, a date, a fee table, a small form…) with what is wrong beside it as it is edited, the date
 * of effect, the history.
 */
public final class DatedRulesView extends EditorWindowView<DatedRulesViewModel> {
    @FXML private GridPane grid;
    @FXML private Label hintLabel;
    @FXML private VBox problemsList;
    @FXML private TableView<DatedRulesViewModel.HistoryRow> historyTable;

    private final Map<String, String> prompts;
    private final String hint;

    /** {@code prompts}: an example value per key (may be empty); {@code hint}: a line under the fields. */
    public DatedRulesView(DatedRulesViewModel viewModel, Runnable closeRequest, Map<String, String> prompts,
                          String hint) {
        super(viewModel, closeRequest);
        this.prompts = prompts;
        this.hint = hint;
    }

    @Override
    protected void bind() {
        int row = 0;
        for (String key : viewModel.keys()) {
            String id = "rule-" + key.replace('.', '-');
            Node control = control(key, id);
            Label problem = new Label();
            problem.setId(id + "-problem");
            problem.getStyleClass().add("field-error");
            problem.setWrapText(true);
            problem.textProperty().bind(viewModel.problemProperty(key));
            SettingsForms.labelledRow(grid, row, viewModel.label(key), control);
            grid.add(problem, 2, row);
            if (viewModel.editor(key) instanceof SettingEditor.Bands
                    || viewModel.editor(key) instanceof SettingEditor.Parts) {
                // a table's or a form's label and messages start at its top, not halfway down its rows
                Integer at = row;
                grid.getChildren().stream().filter(n -> at.equals(GridPane.getRowIndex(n)))
                        .forEach(n -> GridPane.setValignment(n, VPos.TOP));
            }
            row++;
        }
        DatePicker fromField = new DatePicker();
        Cells.isoDates(fromField);
        fromField.valueProperty().bindBidirectional(viewModel.fromProperty());
        grid.addRow(row, new Label(I18n.t("datedRules.from")), fromField);
        hintLabel.setText(hint == null ? "" : hint);
        hintLabel.setManaged(hint != null);
        Cells.columns(historyTable, List.of(
                ListColumn.text("datedRules.setting", 220, DatedRulesViewModel.HistoryRow::setting),
                ListColumn.date("datedRules.from", 110, DatedRulesViewModel.HistoryRow::from),
                ListColumn.text("datedRules.value", 300, DatedRulesViewModel.HistoryRow::value)));
        historyTable.setItems(viewModel.history());
        SettingsForms.problemLines(viewModel.problems(), problemsList);
        saveButton.disableProperty().bind(viewModel.busyProperty());
    }

    private Node control(String key, String id) {
        SettingEditor editor = viewModel.editor(key);
        if (editor instanceof SettingEditor.Bands bands) {
            return bandsTable(key, id, bands.amountLabel());
        }
        if (editor instanceof SettingEditor.Parts parts) {
            GridPane form = new GridPane();
            form.setId(id);
            form.setHgap(8);
            form.setVgap(4);
            int row = 0;
            for (SettingEditor.Part part : parts.parts()) {
                Node field = simple(part.editor(), viewModel.partProperty(key, part.name()), id + "-" + part.name(),
                        "");
                SettingsForms.labelledRow(form, row++, part.label(), field);
            }
            return form;
        }
        return simple(editor, viewModel.valueProperty(key), id, prompts.getOrDefault(key, ""));
    }

    /** The control of a single value: a choice, a date, a number with its unit, or text. */
    private static Node simple(SettingEditor editor, StringProperty value, String id, String prompt) {
        if (editor instanceof SettingEditor.Choice choice) {
            ChoiceBox<String> box = new ChoiceBox<>();
            box.setId(id);
            box.getItems().setAll(choice.codes());
            box.setConverter(Cells.shownAs("", choice.label()));
            box.valueProperty().bindBidirectional(value);
            return box;
        }
        if (editor instanceof SettingEditor.Day) {
            DatePicker picker = new DatePicker();
            picker.setId(id);
            Cells.isoDates(picker);
            dayFollows(picker, value);
            return picker;
        }
        if (editor instanceof SettingEditor.DayCounts counts) {
            return dayCounts(counts, value, id);
        }
        if (editor instanceof SettingEditor.YearDay yearDay) {
            return yearDay(yearDay, value, id);
        }
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        if (editor instanceof SettingEditor.Numeric || editor instanceof SettingEditor.Yuan) {
            field.setPrefColumnCount(editor instanceof SettingEditor.Yuan ? 12 : 6);
            field.setAlignment(Pos.CENTER_RIGHT);
            Label unit = new Label(editor instanceof SettingEditor.Numeric numeric ? numeric.unit()
                    : I18n.t("settingYuan.unit"));
            unit.setMinWidth(Region.USE_PREF_SIZE);
            HBox withUnit = new HBox(4, field, unit);
            withUnit.setAlignment(Pos.CENTER_LEFT);
            return withUnit;
        }
        field.setPromptText(editor instanceof SettingEditor.Text t && !t.prompt().isBlank() ? t.prompt() : prompt);
        return field;
    }

    /**
     * Day counts as a list, largest first, with a spinner (from the editor's minimum to its maximum) and 添加/删除:
     * every change goes through the editor, so the stored text is always the owner's own writing of the list.
     */
    private static Node dayCounts(SettingEditor.DayCounts counts, StringProperty value, String id) {
        javafx.scene.control.ListView<Integer> list = new javafx.scene.control.ListView<>();
        list.setId(id);
        list.setPrefSize(120, 130);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Integer day, boolean empty) {
                super.updateItem(day, empty);
                setText(empty || day == null ? null : I18n.t("settingControls.days.item", day));
            }
        });
        Runnable show = () -> list.getItems().setAll(counts.days(value.get()));
        show.run();
        value.addListener((o, was, now) -> show.run());
        javafx.scene.control.Spinner<Integer> day = new javafx.scene.control.Spinner<>(counts.min(), counts.max(),
                Math.min(counts.max(), Math.max(counts.min(), 30)));
        day.setId(id + "-day");
        day.setEditable(true);
        day.setPrefWidth(90);
        Button add = new Button(I18n.t("settingControls.days.add"));
        add.setId(id + "-add");
        add.setOnAction(e -> value.set(counts.with(value.get(), day.getValue())));
        add.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !counts.mayAdd(value.get(), day.getValue()), value, day.valueProperty()));
        Button remove = new Button(I18n.t("settingControls.days.remove"));
        remove.setId(id + "-remove");
        remove.setOnAction(e -> {
            Integer chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                value.set(counts.without(value.get(), chosen));
            }
        });
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(javafx.beans.binding.Bindings.size(list.getItems()).lessThan(2)));
        Label unit = new Label(I18n.t("rulesEdit.unit.days"));
        HBox spinnerRow = new HBox(4, day, unit);
        spinnerRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox side = new javafx.scene.layout.VBox(6, spinnerRow, add, remove);
        return new HBox(8, list, side);
    }

    /** A month and a day of it (February has 29: the owner's reading of a year without the 29th applies). */
    private static Node yearDay(SettingEditor.YearDay editor, StringProperty value, String id) {
        ChoiceBox<Integer> month = new ChoiceBox<>();
        month.setId(id + "-month");
        for (int m = 1; m <= 12; m++) {
            month.getItems().add(m);
        }
        month.setConverter(Cells.shownAs("", m -> I18n.t("settingControls.yearDay.month", m)));
        ChoiceBox<Integer> day = new ChoiceBox<>();
        day.setId(id + "-day");
        day.setConverter(Cells.shownAs("", d -> I18n.t("settingControls.yearDay.day", d)));
        boolean[] showing = {false};
        Runnable days = () -> {
            int length = month.getValue() == null ? 31 : java.time.Month.of(month.getValue()).maxLength();
            if (day.getItems().size() != length) {
                Integer was = day.getValue();
                day.getItems().setAll(java.util.stream.IntStream.rangeClosed(1, length).boxed().toList());
                day.setValue(was == null ? null : Math.min(was, length));
            }
        };
        Runnable show = () -> {
            showing[0] = true;
            var read = editor.read(value.get());
            month.setValue(read.map(java.time.MonthDay::getMonthValue).orElse(null));
            days.run();
            day.setValue(read.map(java.time.MonthDay::getDayOfMonth).orElse(null));
            showing[0] = false;
        };
        Runnable write = () -> {
            if (!showing[0] && month.getValue() != null && day.getValue() != null) {
                String text = editor.join().apply(java.time.MonthDay.of(month.getValue(), day.getValue()));
                if (!text.equals(value.get())) {
                    value.set(text);
                }
            }
        };
        show.run();
        value.addListener((o, was, now) -> show.run());
        month.valueProperty().addListener((o, was, now) -> {
            days.run();
            write.run();
        });
        day.valueProperty().addListener((o, was, now) -> write.run());
        HBox box = new HBox(4, month, day);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The picker shows the stored YYYY-MM-DD and writes back what is picked; a text that is no date shows empty. */
    private static void dayFollows(DatePicker picker, StringProperty value) {
        Runnable show = () -> {
            try {
                picker.setValue(value.get() == null || value.get().isBlank() ? null
                        : LocalDate.parse(value.get().strip()));
            } catch (java.time.DateTimeException e) {
                picker.setValue(null);
            }
        };
        show.run();
        value.addListener((o, was, now) -> show.run());
        picker.valueProperty().addListener((o, was, now) -> {
            String text = now == null ? "" : now.toString();
            if (!text.equals(value.get())) {
                value.set(text);
            }
        });
    }

    /** The fee-schedule-like table: years from, to, the amount, a remove button per row, and 添加一行. */
    private Node bandsTable(String key, String id, String amountLabel) {
        GridPane table = new GridPane();
        table.setId(id);
        table.setHgap(6);
        table.setVgap(4);
        Button add = new Button(I18n.t("rulesEdit.band.add"));
        add.setId(id + "-add");
        add.setOnAction(e -> viewModel.addBand(key));
        Runnable fill = () -> {
            table.getChildren().clear();
            table.addRow(0, new Label(I18n.t("rulesEdit.band.from")), new Label(I18n.t("rulesEdit.band.to")),
                    new Label(amountLabel));
            int i = 0;
            for (DatedRulesViewModel.BandRow row : viewModel.bandRows(key)) {
                String at = "-" + i++;
                Button remove = new Button("−");
                remove.setId(id + "-remove" + at);
                remove.setTooltip(new Tooltip(I18n.t("rulesEdit.band.remove")));
                remove.setAccessibleText(I18n.t("rulesEdit.band.remove"));
                remove.setOnAction(e -> viewModel.removeBand(key, row));
                table.addRow(i, cell(row.fromProperty(), id + "-from" + at, 4),
                        cell(row.toProperty(), id + "-to" + at, 4), cell(row.amountProperty(), id + "-amount" + at, 8),
                        remove);
            }
            table.add(add, 0, i + 1, 3, 1);
        };
        viewModel.bandRows(key).addListener((ListChangeListener<DatedRulesViewModel.BandRow>) c -> fill.run());
        fill.run();
        return table;
    }

    private static TextField cell(StringProperty value, String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
