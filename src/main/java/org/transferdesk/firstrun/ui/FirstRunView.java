package org.transferdesk.firstrun.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.transferdesk.common.I18n;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.Theme;
import org.transferdesk.ui.help.HelpButton;
import org.transferdesk.ui.help.HelpLinks;

/** The first-run dialog: the office's unit, policy preset and departments, then import, demo or later. */
public final class FirstRunView {
    private final FirstRunViewModel viewModel;
    private final Stage stage = new Stage();

    public FirstRunView(FirstRunViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Shows the dialog over the main window; closing it by its title bar records nothing. */
    public Stage show(Window owner) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.t("firstRun.title"));
        VBox root = build();
        Theme.apply(root);
        stage.setScene(new Scene(root));
        stage.show();
        return stage;
    }

    VBox build() {
        Label intro = new Label(I18n.t("firstRun.intro"));
        intro.setWrapText(true);
        HBox title = new HBox(8, new Label(I18n.t("gui.demo.title")), new Region(),
                new HelpButton(HelpLinks.FIRST_RUN));
        title.getChildren().get(0).getStyleClass().add("page-title");
        HBox.setHgrow(title.getChildren().get(1), Priority.ALWAYS);
        title.setAlignment(Pos.CENTER_LEFT);

        TextField name = new TextField();
        name.setId("firstRunUnitName");
        name.setPromptText(I18n.t("firstRun.unitNamePrompt"));
        name.textProperty().bindBidirectional(viewModel.unitNameProperty());
        TextField code = new TextField();
        code.setId("firstRunCreditCode");
        code.setPromptText(I18n.t("firstRun.creditCodePrompt"));
        code.textProperty().bindBidirectional(viewModel.creditCodeProperty());
        CheckBox nonProfit = new CheckBox(I18n.t("firstRun.nonProfit"));
        nonProfit.setId("firstRunNonProfit");
        nonProfit.selectedProperty().bindBidirectional(viewModel.nonProfitProperty());
        ComboBox<RewardPolicy.Preset> preset = new ComboBox<>();
        preset.setId("firstRunPreset");
        Cells.labeledChoices(preset, RewardPolicy.Preset.class, null);
        preset.valueProperty().bindBidirectional(viewModel.presetProperty());
        TextArea departments = new TextArea();
        departments.setId("firstRunDepartments");
        departments.setPrefRowCount(5);
        departments.setPromptText(I18n.t("firstRun.departmentsPrompt"));
        departments.textProperty().bindBidirectional(viewModel.departmentsProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(360));
        form.addRow(0, new Label(I18n.t("firstRun.unitName")), name);
        form.addRow(1, new Label(I18n.t("firstRun.creditCode")), code);
        form.addRow(2, new Label(), nonProfit);
        form.addRow(3, new Label(I18n.t("firstRun.preset")), preset);
        Label departmentsLabel = new Label(I18n.t("firstRun.departments"));
        GridPane.setValignment(departmentsLabel, javafx.geometry.VPos.TOP);
        form.addRow(4, departmentsLabel, departments);
        Label presetHint = new Label(I18n.t("firstRun.presetHint"));
        presetHint.getStyleClass().add("muted");
        presetHint.setWrapText(true);
        form.add(presetHint, 1, 5);

        VBox messages = new VBox(2);
        messages.setId("firstRunMessages");
        messages.setMinHeight(40);
        Runnable showMessages = () -> messages.getChildren().setAll(viewModel.messages().stream().map(m -> {
            Label message = new Label(m);
            message.getStyleClass().add("field-error");
            message.setWrapText(true);
            return message;
        }).toList());
        viewModel.messages().addListener((javafx.collections.ListChangeListener<String>) c -> showMessages.run());
        Label then = new Label(I18n.t("firstRun.then"));
        Button importButton = finish("firstRunImport", "firstRun.import", FirstRunViewModel.Finish.IMPORT);
        importButton.setDefaultButton(true);
        Button demo = finish("firstRunDemo", "firstRun.demo", FirstRunViewModel.Finish.DEMO);
        demo.setTooltip(new javafx.scene.control.Tooltip(I18n.t("gui.demo.offer")));
        Button later = finish("firstRunLater", "firstRun.later", FirstRunViewModel.Finish.LATER);
        HBox buttons = new HBox(8, then, new Region(), importButton, demo, later);
        HBox.setHgrow(buttons.getChildren().get(1), Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.disableProperty().bind(viewModel.busyProperty());

        VBox root = new VBox(12, title, intro, form, messages, buttons);
        root.setId("firstRunDialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(620);
        return root;
    }

    private Button finish(String id, String key, FirstRunViewModel.Finish choice) {
        Button button = new Button(I18n.t(key));
        button.setId(id);
        button.setOnAction(e -> viewModel.finish(choice, stage::close));
        return button;
    }
}
