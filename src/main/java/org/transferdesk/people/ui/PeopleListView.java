package org.transferdesk.people.ui;

import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.transferdesk.common.I18n;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.ui.Cells;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.Navigator;
import org.transferdesk.ui.Page;
import org.transferdesk.ui.TableKeys;
import org.transferdesk.ui.TableSorting;
import org.transferdesk.ui.ViewLoader;

/** The people list: binds to {@link PeopleListViewModel}; opens people through the navigator. */
public final class PeopleListView {
    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<String> departmentFilter;
    @FXML
    private ComboBox<LeaderRole> leaderRoleFilter;
    @FXML
    private ProgressIndicator loadingIndicator;
    @FXML
    private TableView<PersonListRow> table;
    @FXML
    private TableColumn<PersonListRow, String> staffNoColumn;
    @FXML
    private TableColumn<PersonListRow, String> nameColumn;
    @FXML
    private TableColumn<PersonListRow, String> departmentColumn;
    @FXML
    private TableColumn<PersonListRow, String> leaderRoleColumn;
    @FXML
    private TableColumn<PersonListRow, String> idNumberColumn;
    @FXML
    private TableColumn<PersonListRow, String> contactColumn;
    @FXML
    private TableColumn<PersonListRow, Integer> resultCountColumn;

    private final PeopleListViewModel viewModel;
    private final Navigator navigator;
    private final ExportActions export;
    private final Supplier<DepartmentsViewModel> departments;

    public PeopleListView(PeopleListViewModel viewModel, Navigator navigator, ExportActions export,
                          Supplier<DepartmentsViewModel> departments) {
        this.viewModel = viewModel;
        this.navigator = navigator;
        this.export = export;
        this.departments = departments;
    }

    public Page build() {
        Parent node = ViewLoader.load(this);
        viewModel.load();
        return new Page(node, viewModel.totalsProperty());
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        Cells.facet(departmentFilter, I18n.t("filter.allDepartments"), s -> s);
        Facets.bindChoices(departmentFilter, viewModel.departments());
        departmentFilter.valueProperty().bindBidirectional(viewModel.departmentProperty());
        Cells.labeledChoices(leaderRoleFilter, LeaderRole.class, I18n.t("filter.allLeaderRoles"));
        leaderRoleFilter.valueProperty().bindBidirectional(viewModel.leaderRoleProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());

        Cells.value(staffNoColumn, PersonListRow::staffNo);
        Cells.value(nameColumn, PersonListRow::name);
        Cells.value(departmentColumn, PersonListRow::department);
        Cells.labeled(leaderRoleColumn, PersonListRow::leaderRole);
        Cells.value(idNumberColumn, PersonListRow::maskedIdNumber);
        Cells.value(contactColumn, PersonListRow::contact);
        Cells.value(resultCountColumn, PersonListRow::resultCount);
        TableSorting.show(table, viewModel.sortedRows());
        TableKeys.openOnDoubleClickOrEnter(table, row -> navigator.openPerson(row.id()));
        TableKeys.filterBoxLeadsInto(searchField, table);
    }

    @FXML
    private void onNew() {
        navigator.newPerson();
    }

    @FXML
    private void onOpen() {
        PersonListRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            navigator.openPerson(selected.id());
        }
    }

    @FXML
    private void onDepartments() {
        new DepartmentsView(departments.get()).show(table.getScene().getWindow());
    }

    @FXML
    private void onExportXlsx() {
        export.exportXlsx(I18n.t("people.title"), PeopleListViewModel.exportHeaders(), viewModel::visibleRowsForExport);
    }

    @FXML
    private void onExportCsv() {
        export.exportCsv(I18n.t("people.title"), PeopleListViewModel.exportHeaders(), viewModel::visibleRowsForExport);
    }

    @FXML
    private void onRefresh() {
        viewModel.load();
    }

    @FXML
    private void onClearFilters() {
        viewModel.clearFilters();
    }
}
