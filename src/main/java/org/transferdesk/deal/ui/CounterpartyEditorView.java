package org.transferdesk.deal.ui;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import org.controlsfx.control.SearchableComboBox;
import org.transferdesk.common.I18n;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.deal.EnterpriseSize;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.Province;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.FieldErrors;
import org.transferdesk.ui.ListColumn;
import org.transferdesk.ui.NodeVisibility;
import org.transferdesk.ui.SessionWindowView;
import org.transferdesk.ui.TableKeys;

/** The counterparty editor: binds to {@link CounterpartyEditorViewModel} and delegates every command to it. */
public final class CounterpartyEditorView extends SessionWindowView<CounterpartyEditorViewModel> {
    @FXML private TextField nameField;
    @FXML private TextField creditCodeField;
    @FXML private SearchableComboBox<Province> provinceField;
    @FXML private Label provinceNote;
    @FXML private SearchableComboBox<IndustrySection> industryField;
    @FXML private Label industryNote;
    @FXML private ComboBox<EnterpriseSize> sizeField;
    @FXML private TextField contactField;
    @FXML private Label nameError;
    @FXML private Label creditCodeError;
    @FXML private ComboBox<Counterparty> mergeOtherField;
    @FXML private RadioButton keepThisRadio;
    @FXML private RadioButton keepOtherRadio;
    @FXML private Button mergeButton;
    @FXML private Tab dealsTab;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private TableView<DealSummary> dealsTable;

    private final LongConsumer openDeal;

    /** {@code openDeal} opens a deal of the deals tab by id; {@code closeRequest} closes the window. */
    public CounterpartyEditorView(CounterpartyEditorViewModel viewModel, LongConsumer openDeal, Runnable closeRequest) {
        super(viewModel, closeRequest);
        this.openDeal = openDeal;
    }

    @Override
    protected void bind() {
        bindForm();
        bindMerge();
        Cells.columns(dealsTable, List.of(ListColumn.text("deal.contractNo", 120, DealSummary::contractNo),
                ListColumn.text("deal.title", 260, DealSummary::title),
                ListColumn.labeled("deal.mode", 80, DealSummary::mode),
                ListColumn.date("deal.signedOn", 95, DealSummary::signedOn),
                ListColumn.labeled("counterpartyEditor.dealStatus", 80, DealSummary::status),
                ListColumn.<DealSummary>of("counterpartyEditor.contractAmount", 120, DealSummary::contractAmount)
                        .aligned(ListColumn.Align.RIGHT)));
        dealsTable.setItems(viewModel.deals());
        TableKeys.openOnDoubleClickOrEnter(dealsTable, row -> openDeal.accept(row.id()));
    }

    private void bindForm() {
        CounterpartyEditorViewModel.Form form = viewModel.form();
        nameField.textProperty().bindBidirectional(form.name());
        creditCodeField.textProperty().bindBidirectional(form.creditCode());
        // searchable: typing 广 or 制造 narrows the 35 provinces and 20 sections (R-REPORT-MORE)
        Cells.labeledChoices(provinceField, Province.class, I18n.t("counterpartyEditor.noProvince"));
        provinceField.valueProperty().bindBidirectional(form.province());
        Cells.labeledChoices(industryField, IndustrySection.class, I18n.t("counterpartyEditor.noIndustry"));
        Cells.facet(industryField, I18n.t("counterpartyEditor.noIndustry"), s -> s.code() + " " + s.label());
        industryField.valueProperty().bindBidirectional(form.industrySection());
        Cells.labeledChoices(sizeField, EnterpriseSize.class, I18n.t("counterpartyEditor.noSize"));
        sizeField.valueProperty().bindBidirectional(form.size());
        contactField.textProperty().bindBidirectional(form.contact());
        FieldErrors.validateOnLeave(nameField, () -> viewModel.validateField("name"));
        FieldErrors.validateOnLeave(creditCodeField, () -> viewModel.validateField("creditCode"));
        Map<String, Label> labels = Map.of("name", nameError, "creditCode", creditCodeError, "province", provinceNote,
                "industrySection", industryNote);
        Map<String, Node> fields = Map.of("name", nameField, "creditCode", creditCodeField);
        labels.values().forEach(label -> NodeVisibility.shownWhen(label, label.textProperty().isNotEmpty()));
        java.util.function.Consumer<String> show = key -> {
            Label label = labels.get(key);
            String error = viewModel.fieldErrors().get(key);
            String warning = viewModel.fieldWarnings().get(key);
            if (label != null) {
                String note = key.equals("province") || key.equals("industrySection") ? viewModel.asWritten(key) : "";
                label.setText(error != null ? error : warning != null ? warning : note);
                label.getStyleClass().removeAll("field-error", "muted");
                label.getStyleClass().add(error != null ? "field-error" : "muted");
            }
            Node field = fields.get(key);
            if (field != null) {
                field.getStyleClass().remove("invalid");
                if (error != null) {
                    field.getStyleClass().add("invalid");
                }
            }
        };
        MapChangeListener<String, String> refresh = c -> show.accept(c.getKey());
        viewModel.fieldErrors().addListener(refresh);
        viewModel.fieldWarnings().addListener(refresh);
        // the note under a choice says what the free text was, also when no warning changes (a loaded record)
        form.region().addListener((o, a, b) -> show.accept("province"));
        form.province().addListener((o, a, b) -> show.accept("province"));
        form.industry().addListener((o, a, b) -> show.accept("industrySection"));
        form.industrySection().addListener((o, a, b) -> show.accept("industrySection"));
    }

    private void bindMerge() {
        Cells.facet(mergeOtherField, I18n.t("counterpartyEditor.mergeChoose"),
                c -> c.creditCode() == null ? c.name() : c.name() + " (" + c.creditCode() + ")");
        Facets.bindChoices(mergeOtherField, viewModel.mergeCandidates());
        mergeOtherField.valueProperty().bindBidirectional(viewModel.mergeOtherProperty());
        ToggleGroup keep = new ToggleGroup();
        keepThisRadio.setToggleGroup(keep);
        keepOtherRadio.setToggleGroup(keep);
        keepThisRadio.setSelected(viewModel.keepThisProperty().get());
        keepOtherRadio.setSelected(!viewModel.keepThisProperty().get());
        keepThisRadio.selectedProperty().addListener((o, a, b) -> viewModel.keepThisProperty().set(b));
        viewModel.keepThisProperty().addListener((o, a, b) -> {
            keepThisRadio.setSelected(b);
            keepOtherRadio.setSelected(!b);
        });
        mergeButton.disableProperty().bind(viewModel.mergeOtherProperty().isNull().or(viewModel.busyProperty()));
    }

    /** Adds a tab a feature above supplies (issue 25: the contact log), after the deals tab; after build(). */
    public void addTab(String title, javafx.scene.Parent content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        tabs.getTabs().add(tab);
    }

    @FXML
    private void onMerge() {
        viewModel.merge();
    }
}
