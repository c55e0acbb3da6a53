package org.transferdesk.people.ui;

import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import org.transferdesk.common.I18n;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.Facets;
import org.transferdesk.ui.ListPageView;
import org.transferdesk.ui.Navigator;

/** The people list: binds to {@link PeopleListViewModel}; opens people through the navigator. */
public final class PeopleListView extends ListPageView<PersonListRow> {
    @FXML
    private ComboBox<String> departmentFilter;
    @FXML
    private ComboBox<LeaderRole> leaderRoleFilter;

    private final PeopleListViewModel viewModel;
    private final Supplier<DepartmentsViewModel> departments;

    public PeopleListView(PeopleListViewModel viewModel, Navigator navigator, ExportActions export,
                          Supplier<DepartmentsViewModel> departments) {
        super(viewModel, export, "people.title", row -> navigator.openPerson(row.id()), navigator::newPerson);
        this.viewModel = viewModel;
        this.departments = departments;
    }

    @Override
    protected void bindFilters() {
        Facets.bind(departmentFilter, viewModel.filters().department(), I18n.t("filter.allDepartments"), s -> s);
        Facets.bindLabeled(leaderRoleFilter, viewModel.filters().leaderRole(), I18n.t("filter.allLeaderRoles"));
    }

    @FXML
    private void onDepartments() {
        new DepartmentsView(departments.get()).show(table.getScene().getWindow());
    }
}
