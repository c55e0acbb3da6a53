package org.transferdesk.access.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.transferdesk.TestDatabase;
import org.transferdesk.access.Account;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Role;
import org.transferdesk.ui.FxDialogService;
import org.transferdesk.ui.FxTaskExecutor;
import org.transferdesk.ui.Theme;

/** Issue 22: the 用户管理 window on the shared database, as an administrator's own login. PostgreSQL only. */
@Tag(TestDatabase.TAG)
@ExtendWith(ApplicationExtension.class)
class AccountsViewTest {
    private static final String PASSWORD = "correct-horse-battery";
    private Stage stage;
    private SignedInAdministrator signedIn;
    private FxTaskExecutor executor;
    private AccountsViewModel vm;

    @Start
    void start(Stage shown) {
        stage = shown;
    }

    @BeforeEach
    void signIn() {
        signedIn = new SignedInAdministrator("gadmin_");
        executor = new FxTaskExecutor(e -> {
            throw new AssertionError(e);
        });
        vm = new AccountsViewModel(signedIn.accounts, executor, new FxDialogService(() -> stage));
    }

    @AfterEach
    void close() throws Exception {
        if (executor != null) {
            executor.close();
        }
        if (signedIn != null) {
            signedIn.close();
        }
    }

    private void show(FxRobot robot) throws Exception {
        robot.interact(() -> {
            Parent root = new AccountsView(vm, () -> { }).build();
            Theme.apply(root);
            stage.setScene(new Scene(root, 820, 520));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void creatingAnAccount_inItsForm_listsItWithItsRole(FxRobot robot) throws Exception {
        show(robot);
        String login = "lisi_" + signedIn.suffix;

        robot.clickOn("#newButton");
        robot.clickOn("#loginField").write(login);
        javafx.scene.control.TextField name = robot.lookup("#nameField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> name.setText("李四")); // the robot's keyboard has no Chinese input method
        @SuppressWarnings("unchecked")
        ChoiceBox<Role> role = robot.lookup("#roleChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> role.setValue(Role.FINANCE));
        robot.clickOn("#passwordField").write(PASSWORD);
        robot.clickOn("#repeatField").write(PASSWORD);
        robot.clickOn(I18n.t("accounts.create"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.rows().stream().anyMatch(a -> a.login().equals(login)));
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<Account> table = robot.lookup("#table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(Account::login, Account::displayName, Account::role)
                .contains(org.assertj.core.groups.Tuple.tuple(login, "李四", Role.FINANCE));
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .anyMatch(c -> "财务".equals(c.getText()));
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).contains(login, "李四", "财务");
        assertThat(robot.lookup("#loginField").tryQuery()).as("the form closed once done").isEmpty();
    }

    @Test
    void aFormWithMistakes_staysOpen_withEachBesideItsField(FxRobot robot) throws Exception {
        show(robot);

        robot.clickOn("#newButton");
        robot.clickOn("#loginField").write("X");
        robot.clickOn("#passwordField").write("short");
        robot.clickOn("#repeatField").write("short");
        robot.clickOn(I18n.t("accounts.create"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.fieldErrors().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#passwordError").queryAs(Label.class).getText())
                .isEqualTo(I18n.t("validation.account.passwordShort", 10));
        assertThat(robot.lookup("#loginError").queryAs(Label.class).getText()).isNotEmpty();
        assertThat(robot.lookup("#loginField").tryQuery()).isPresent();
        robot.clickOn(I18n.t("common.cancel"));
    }

    @Test
    void deactivatingOneself_isRefusedAtOnce_withTheReasonInTheWindow(FxRobot robot) throws Exception {
        show(robot);

        robot.clickOn(signedIn.admin);
        robot.clickOn("#activeButton");
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !message.getText().isEmpty());

        assertThat(message.getText()).isEqualTo(I18n.t("validation.account.ownDeactivate"));
        assertThat(message.getStyleClass()).contains("field-error");
        assertThat(vm.rows()).filteredOn(a -> a.login().equals(signedIn.admin)).singleElement()
                .extracting(Account::active).isEqualTo(true);
        assertThat(robot.lookup("#roleButton").query().isDisabled()).as("one's own role is another's to change")
                .isTrue();
    }
}
