package org.transferdesk.access.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.access.Account;
import org.transferdesk.access.AccountService;
import org.transferdesk.access.persistence.AccountRepository;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Role;
import org.transferdesk.db.Database;
import org.transferdesk.db.UpgradeGuard;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.FakeDialogService;

/**
 * Issue 22: 用户管理 without the toolkit, signed in as an administrator's own PostgreSQL login (the shared database's
 * accounts are PostgreSQL's; the embedded database has one user, see {@link LocalNameViewModelTest}).
 */
@Tag(TestDatabase.TAG)
class AccountsViewModelTest {
    private static final String PASSWORD = "correct-horse-battery";

    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<String> asked = new ArrayList<>();
    private SignedInAdministrator signedIn;
    private String suffix;
    private String admin;
    private Database owner;
    private AccountService accounts;
    private AccountsViewModel vm;

    @BeforeEach
    void signInAsAnAdministrator() {
        signedIn = new SignedInAdministrator("admin_");
        suffix = signedIn.suffix;
        admin = signedIn.admin;
        owner = signedIn.owner;
        accounts = signedIn.accounts;
        vm = new AccountsViewModel(accounts, new CurrentThreadTaskExecutor(), dialogs);
        dialogs.onConfirm = asked::add;
        vm.load();
    }

    @AfterEach
    void close() {
        if (signedIn != null) {
            signedIn.close();
        }
    }

    private Account row(String login) {
        return vm.rows().stream().filter(a -> a.login().equals(login)).findFirst().orElseThrow();
    }

    private boolean create(String login, String name, Role role, String password, String repeat) {
        vm.startForm(AccountsViewModel.Action.CREATE);
        vm.form().login().set(login);
        vm.form().displayName().set(name);
        vm.form().role().set(role);
        vm.form().password().set(password);
        vm.form().repeat().set(repeat);
        boolean[] done = new boolean[1];
        vm.submit(AccountsViewModel.Action.CREATE, ok -> done[0] = ok);
        return done[0];
    }

    @Test
    void anAdministrator_manages_andSeesTheAccounts() {
        assertThat(vm.manages()).isTrue();
        assertThat(vm.rows()).extracting(Account::login).contains(admin);
        assertThat(vm.intro()).contains("张敏（管理员）");
        assertThat(new AccountSectionViewModel(accounts).mode()).isEqualTo(AccountSectionViewModel.Mode.MANAGE);
    }

    @Test
    void aNewAccount_isAPostgresLogin_listedWithItsRoleInChinese() {
        String clerk = "lisi_" + suffix;

        assertThat(create(clerk, "李四", Role.CLERK, PASSWORD, PASSWORD)).isTrue();

        assertThat(row(clerk).role()).isEqualTo(Role.CLERK);
        assertThat(row(clerk).role().label()).isEqualTo("经办");
        assertThat(AccountsViewModel.status(row(clerk))).isEqualTo("启用");
        assertThat(vm.messageProperty().get()).contains(clerk, "李四", "经办");
        assertThat(vm.messageIsProblemProperty().get()).isFalse();
        assertThat(vm.form().password().get()).as("the password does not stay in the form").isEmpty();
        assertThat(owner.dsl().fetchValue("SELECT count(*) FROM pg_roles WHERE rolname = ?", clerk))
                .isEqualTo(1L);
    }

    @Test
    void aNewAccount_withMistakes_showsEachBesideItsField_andMakesNothing() {
        assertThat(create("Li Si", " ", Role.CLERK, "short", "short")).isFalse();

        assertThat(vm.fieldErrors()).containsKeys("login", "displayName", "password");
        assertThat(vm.fieldErrors().get("password")).isEqualTo(I18n.t("validation.account.passwordShort", 10));
        assertThat(vm.rows()).hasSize(1);
    }

    @Test
    void passwordsTypedDifferently_areRefusedBeforeAnythingIsSent() {
        assertThat(create("wangwu_" + suffix, "王五", Role.FINANCE, PASSWORD, PASSWORD + "x")).isFalse();

        assertThat(vm.fieldErrors()).containsOnlyKeys("repeat");
        assertThat(vm.fieldErrors().get("repeat")).isEqualTo(I18n.t("accounts.repeatDiffers"));
        assertThat(accounts.account("wangwu_" + suffix)).isEmpty();
    }

    @Test
    void deactivatingOneself_isRefused_inWords() {
        vm.selectedProperty().set(row(admin));

        vm.toggleActive();

        assertThat(vm.messageIsProblemProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo(I18n.t("validation.account.ownDeactivate"));
        assertThat(row(admin).active()).isTrue();
        assertThat(vm.selectedIsSelf().get()).isTrue();
        assertThat(asked).as("refused at once, nothing to confirm").isEmpty();
    }

    @Test
    void deactivating_asksFirst_sayingTheAuditKeepsTheName_andNeverDeletes() {
        String clerk = "zhaoliu_" + suffix;
        create(clerk, "赵六", Role.CLERK, PASSWORD, PASSWORD);

        vm.toggleActive();

        assertThat(asked).singleElement().asString().contains("赵六", "不能再登录", "审计");
        assertThat(row(clerk).active()).isFalse();
        assertThat(AccountsViewModel.status(row(clerk))).isEqualTo("停用");
        assertThat(vm.toggleLabel().get()).isEqualTo(I18n.t("accounts.activate"));
        assertThat(owner.dsl().fetchValue("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?", clerk)).isEqualTo(false);

        vm.toggleActive();
        assertThat(row(clerk).active()).isTrue();
    }

    @Test
    void declining_theDeactivation_changesNothing() {
        String clerk = "qianqi_" + suffix;
        create(clerk, "钱七", Role.CLERK, PASSWORD, PASSWORD);
        dialogs.confirmAnswer = false;

        vm.toggleActive();

        assertThat(row(clerk).active()).isTrue();
    }

    @Test
    void roleName_andPassword_areChanged_throughTheService() {
        String clerk = "sunba_" + suffix;
        create(clerk, "孙八", Role.CLERK, PASSWORD, PASSWORD);

        vm.startForm(AccountsViewModel.Action.ROLE);
        assertThat(vm.form().role().get()).isEqualTo(Role.CLERK);
        vm.form().role().set(Role.LEADER);
        vm.submit(AccountsViewModel.Action.ROLE, ok -> assertThat(ok).isTrue());
        assertThat(row(clerk).role()).isEqualTo(Role.LEADER);

        vm.startForm(AccountsViewModel.Action.NAME);
        assertThat(vm.form().displayName().get()).isEqualTo("孙八");
        vm.form().displayName().set("孙捌");
        vm.submit(AccountsViewModel.Action.NAME, ok -> assertThat(ok).isTrue());
        assertThat(row(clerk).displayName()).isEqualTo("孙捌");

        vm.startForm(AccountsViewModel.Action.PASSWORD);
        vm.form().password().set("another-good-password");
        vm.form().repeat().set("another-good-password");
        vm.submit(AccountsViewModel.Action.PASSWORD, ok -> assertThat(ok).isTrue());
        assertThat(vm.messageProperty().get()).contains("孙捌");
        try (Database asThem = Database.openServer(owner.url().replaceAll("\\?.*$", ""), clerk,
                "another-good-password", UpgradeGuard.NONE)) {
            assertThat(new AccountService(new AccountRepository(asThem.dsl()), TestDatabase.CLOCK, true).signIn()
                    .describe()).isEqualTo("孙捌（领导）");
        }
    }

    @Test
    void onesOwnRole_isAnotherAdministratorsToChange_saidInTheForm() {
        vm.selectedProperty().set(row(admin));
        vm.startForm(AccountsViewModel.Action.ROLE);
        vm.form().role().set(Role.CLERK);

        vm.submit(AccountsViewModel.Action.ROLE, ok -> assertThat(ok).isFalse());

        assertThat(vm.formProblemProperty().get()).isEqualTo(I18n.t("validation.account.ownRole"));
        assertThat(row(admin).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void aClerk_seesTheirOwnAccountOnly_andMayNotManage() {
        String clerk = "zhoujiu_" + suffix;
        create(clerk, "周九", Role.CLERK, PASSWORD, PASSWORD);
        try (Database asClerk = Database.openServer(owner.url().replaceAll("\\?.*$", ""), clerk, PASSWORD,
                UpgradeGuard.NONE)) {
            AccountService theirs = new AccountService(new AccountRepository(asClerk.dsl()), TestDatabase.CLOCK, true);
            theirs.signIn();
            AccountSectionViewModel section = new AccountSectionViewModel(theirs);
            assertThat(section.mode()).isEqualTo(AccountSectionViewModel.Mode.OWN);
            assertThat(section.whoProperty().get()).contains("周九（经办）", clerk);
            assertThat(section.hint()).contains("管理员");
            assertThat(new AccountsViewModel(theirs, new CurrentThreadTaskExecutor(), dialogs).manages()).isFalse();
        }
        accounts.signIn(); // the process's actor is the administrator's again
    }
}
