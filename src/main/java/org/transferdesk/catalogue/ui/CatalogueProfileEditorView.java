package org.transferdesk.catalogue.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.transferdesk.catalogue.CatalogueEntry;
import org.transferdesk.catalogue.CataloguePublishRules;
import org.transferdesk.catalogue.DevelopmentStage;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Problem;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.SessionWindowView;
import org.transferdesk.ui.TimelineRows;

/**
 * The public profile editor: tabs 中文, English, 图片 and 发布; the 发布 tab shows R-CAT-PUBLISH's checks as ✓/✗ lines
 * (as the deal's 流程 tab does) above the publish button.
 */
public final class CatalogueProfileEditorView extends SessionWindowView<CatalogueProfileEditorViewModel> {
    @FXML private TextField titleZhField;
    @FXML private TextArea summaryZhField;
    @FXML private TextField fieldField;
    @FXML private ComboBox<DevelopmentStage> stageField;
    @FXML private TextField trlField;
    @FXML private TextArea areasField;
    @FXML private HBox modesBox;
    @FXML private TextField termsField;
    @FXML private TextField titleEnField;
    @FXML private TextArea summaryEnField;
    @FXML private ListView<CatalogueEntry.Image> imageList;
    @FXML private Button removeImageButton;
    @FXML private ImageView preview;
    @FXML private TextField captionField;
    @FXML private TextField contactNameField;
    @FXML private TextField contactPhoneField;
    @FXML private TextField contactEmailField;
    @FXML private DatePicker consentOnField;
    @FXML private TextField consentByField;
    @FXML private TextField consentRefField;
    @FXML private VBox checklist;
    @FXML private Label statusLabel;
    @FXML private Button publishButton;
    @FXML private Button withdrawButton;

    private final LongConsumer openResult;

    /** {@code openResult} opens the result editor by the result's id. */
    public CatalogueProfileEditorView(CatalogueProfileEditorViewModel viewModel, LongConsumer openResult,
                                      Runnable closeRequest) {
        super(viewModel, closeRequest);
        this.openResult = openResult;
    }

    @Override
    protected void bind() {
        CatalogueProfileEditorViewModel.Form form = viewModel.form();
        titleZhField.textProperty().bindBidirectional(form.titleZh());
        summaryZhField.textProperty().bindBidirectional(form.summaryZh());
        fieldField.textProperty().bindBidirectional(form.field());
        Cells.labeledChoices(stageField, DevelopmentStage.class, I18n.t("catalogueEditor.noStage"));
        stageField.valueProperty().bindBidirectional(form.stage());
        trlField.textProperty().bindBidirectional(form.trl());
        areasField.textProperty().bindBidirectional(form.areas());
        form.modes().forEach((mode, selected) -> {
            CheckBox box = new CheckBox(mode.label());
            box.selectedProperty().bindBidirectional(selected);
            modesBox.getChildren().add(box);
        });
        termsField.textProperty().bindBidirectional(form.terms());
        titleEnField.textProperty().bindBidirectional(form.titleEn());
        summaryEnField.textProperty().bindBidirectional(form.summaryEn());
        contactNameField.textProperty().bindBidirectional(form.contactName());
        contactPhoneField.textProperty().bindBidirectional(form.contactPhone());
        contactEmailField.textProperty().bindBidirectional(form.contactEmail());
        Cells.isoDates(consentOnField);
        consentOnField.valueProperty().bindBidirectional(form.consentOn());
        consentByField.textProperty().bindBidirectional(form.consentBy());
        consentRefField.textProperty().bindBidirectional(form.consentRef());
        bindImages();
        viewModel.checks().addListener((ListChangeListener<CataloguePublishRules.Check>) c -> showChecks());
        viewModel.publishedProperty().addListener((o, a, b) -> showChecks());
        publishButton.disableProperty().bind(viewModel.busyProperty());
        withdrawButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.publishedProperty().not()));
        showChecks();
    }

    private void bindImages() {
        imageList.setItems(viewModel.images());
        imageList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CatalogueEntry.Image item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.fileName() + (item.caption() == null ? "" : " — " + item.caption()));
            }
        });
        imageList.getSelectionModel().selectedItemProperty().addListener((o, a, image) -> {
            preview.setImage(image == null ? null : new Image(new ByteArrayInputStream(image.bytes())));
            captionField.setText(image == null || image.caption() == null ? "" : image.caption());
        });
        removeImageButton.disableProperty().bind(imageList.getSelectionModel().selectedItemProperty().isNull());
        captionField.disableProperty().bind(imageList.getSelectionModel().selectedItemProperty().isNull());
        captionField.setOnAction(e -> saveCaption());
        captionField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                saveCaption();
            }
        });
    }

    private void saveCaption() {
        int index = imageList.getSelectionModel().getSelectedIndex();
        CatalogueEntry.Image image = imageList.getSelectionModel().getSelectedItem();
        String typed = captionField.getText().strip();
        if (image != null && !typed.equals(image.caption() == null ? "" : image.caption())) {
            viewModel.setCaption(index, typed);
            imageList.getSelectionModel().select(index);
        }
    }

    /** R-CAT-PUBLISH's lines: ✓ what holds, ✗ what refuses publishing, ! a warning to confirm. */
    private void showChecks() {
        List<Node> rows = new ArrayList<>();
        for (CataloguePublishRules.Check check : viewModel.checks()) {
            String[] text = words(check.kind());
            List<Label> lines = new ArrayList<>();
            if (check.ok()) {
                lines.add(TimelineRows.check(true, text[1]));
            }
            for (Problem p : check.problems()) {
                lines.add(p.isError() ? TimelineRows.check(false, p.message())
                        : TimelineRows.detail("! " + p.message()));
            }
            rows.add(TimelineRows.row(check.ok() ? TimelineRows.Mark.DONE
                    : check.blocks() ? TimelineRows.Mark.BLOCKED : TimelineRows.Mark.NEXT, text[0], lines, null));
        }
        checklist.getChildren().setAll(rows);
        boolean published = viewModel.publishedProperty().get();
        statusLabel.setText(published ? I18n.t("catalogueEditor.publishedOn", viewModel.publishedOn())
                : I18n.t("catalogueEditor.notPublished"));
        publishButton.setText(I18n.t(published ? "catalogueEditor.republish" : "catalogueEditor.publish"));
    }

    /** A check's name and what its ✓ line says. */
    private static String[] words(CataloguePublishRules.Check.Kind kind) {
        return switch (kind) {
            case PUBLIC_TEXT -> new String[] {I18n.t("catalogueCheck.PUBLIC_TEXT"),
                I18n.t("catalogueCheck.PUBLIC_TEXT.ok")};
            case NOT_CONFIDENTIAL -> new String[] {I18n.t("catalogueCheck.NOT_CONFIDENTIAL"),
                I18n.t("catalogueCheck.NOT_CONFIDENTIAL.ok")};
            case CONSENT -> new String[] {I18n.t("catalogueCheck.CONSENT"), I18n.t("catalogueCheck.CONSENT.ok")};
            case TRADE_SECRET -> new String[] {I18n.t("catalogueCheck.TRADE_SECRET"),
                I18n.t("catalogueCheck.TRADE_SECRET.ok")};
        };
    }

    @FXML
    private void onAddImage() {
        viewModel.addImage();
    }

    @FXML
    private void onRemoveImage() {
        viewModel.removeImage(imageList.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void onConsentToday() {
        viewModel.recordConsentToday();
    }

    @FXML
    private void onPublish() {
        viewModel.publish();
    }

    @FXML
    private void onWithdraw() {
        viewModel.withdraw();
    }

    @FXML
    private void onOpenResult() {
        Long id = viewModel.resultId();
        if (id != null) {
            openResult.accept(id);
        }
    }
}
