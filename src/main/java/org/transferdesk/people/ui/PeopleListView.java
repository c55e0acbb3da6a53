package org.transferdesk.people.ui;

import java.util.function.Supplier;
import javafx.fxml.FXML;
import org.transferdesk.ui.ExportActions;
import org.transferdesk.ui.ListPageView;
import org.transferdesk.ui.Navigator;

/** The people list: binds to {@link PeopleListViewModel}; opens people through the navigator. */
public final class PeopleListView extends ListPageView<PersonListRow> {
    private final Supplier<DepartmentsViewModel> departments;

    public PeopleListView(PeopleListViewModel viewModel, Navigator navigator, ExportActions export,
                          Supplier<DepartmentsViewModel> departments) {
        super(viewModel, export, "people.title", row -> navigator.openPerson(row.id()), navigator::newPerson);
        this.departments = departments;
    }

    @FXML
    private void onDepartments() {
        new DepartmentsView(departments.get()).show(table.getScene().getWindow());
    }
}
