package org.transferdesk.reward.ui;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import org.transferdesk.common.Labeled;
import org.transferdesk.deal.DealSummary;
import org.transferdesk.reward.DistributionKind;
import org.transferdesk.reward.Proposal;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.FxmlPaneView;
import org.transferdesk.ui.NodeVisibility;

/** The "new distribution" window: binds to {@link ProposalViewModel}; hands the proposal on and closes. */
public final class ProposalView extends FxmlPaneView<ProposalViewModel> {
    @FXML private ComboBox<DistributionKind> kindChoice;
    @FXML private ComboBox<DealSummary> dealChoice;
    @FXML private ListView<ProposalViewModel.ReceiptChoice> receiptList;
    @FXML private TextField yearField;
    @FXML private TextField profitField;
    @FXML private TextField profitNoteField;
    @FXML private ComboBox<ProposalViewModel.PatentChoice> patentChoice;
    @FXML private Label problemsLabel;
    @FXML private Button proposeButton;
    @FXML private Node dealRow;
    @FXML private Node dealLabel;
    @FXML private Node receiptsRow;
    @FXML private Node receiptsLabel;
    @FXML private Node selfRow;
    @FXML private Node selfLabel;
    @FXML private Node patentRow;
    @FXML private Node patentLabel;

    private final Consumer<Proposal> onProposal;
    private final Runnable close;

    public ProposalView(ProposalViewModel viewModel, Consumer<Proposal> onProposal, Runnable close) {
        super(viewModel);
        this.onProposal = onProposal;
        this.close = close;
    }

    @Override
    protected void bind() {
        kindChoice.getItems().setAll(ProposalViewModel.KINDS);
        Cells.facet(kindChoice, "", Labeled::label);
        kindChoice.valueProperty().bindBidirectional(viewModel.kindProperty());
        Cells.facet(dealChoice, "", d -> d.contractNo() + " · " + d.mode().label() + " · " + d.title());
        dealChoice.setItems(viewModel.dealChoices());
        dealChoice.valueProperty().bindBidirectional(viewModel.dealProperty());
        receiptList.setItems(viewModel.receipts());
        receiptList.setCellFactory(CheckBoxListCell.forListView(ProposalViewModel.ReceiptChoice::chosen));
        yearField.textProperty().bindBidirectional(viewModel.yearProperty());
        profitField.textProperty().bindBidirectional(viewModel.profitProperty());
        profitNoteField.textProperty().bindBidirectional(viewModel.profitNoteProperty());
        patentChoice.setItems(viewModel.patents());
        patentChoice.valueProperty().bindBidirectional(viewModel.patentProperty());
        problemsLabel.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", viewModel.problems()), viewModel.problems()));
        problemsLabel.visibleProperty().bind(problemsLabel.textProperty().isNotEmpty());
        proposeButton.disableProperty().bind(viewModel.busyProperty());
        show(viewModel.kindProperty().isNotEqualTo(DistributionKind.PATENT_BONUS), dealRow, dealLabel);
        show(Bindings.createBooleanBinding(() -> ProposalViewModel.byReceipts(viewModel.kindProperty().get()),
                viewModel.kindProperty()), receiptsRow, receiptsLabel);
        show(viewModel.kindProperty().isEqualTo(DistributionKind.SELF_IMPLEMENTATION), selfRow, selfLabel);
        show(viewModel.kindProperty().isEqualTo(DistributionKind.PATENT_BONUS), patentRow, patentLabel);
    }

    private static void show(BooleanBinding when, Node... nodes) {
        for (Node n : nodes) {
            NodeVisibility.shownWhen(n, when);
        }
    }

    @FXML
    private void onPropose() {
        viewModel.propose(p -> {
            close.run();
            onProposal.accept(p);
        });
    }

    @FXML
    private void onCancel() {
        close.run();
    }
}
