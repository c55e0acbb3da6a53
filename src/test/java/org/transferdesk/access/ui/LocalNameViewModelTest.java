package org.transferdesk.access.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.access.AccountService;
import org.transferdesk.access.persistence.AccountRepository;
import org.transferdesk.common.I18n;
import org.transferdesk.db.Database;
import org.transferdesk.ui.CurrentThreadTaskExecutor;

/** Issue 22, the embedded database's one user: named once at the first start, renamed from the settings. */
@Tag(TestDatabase.TAG)
class LocalNameViewModelTest {
    private Database db;
    private AccountService accounts;

    @BeforeEach
    void open() {
        db = TestDatabase.fresh();
        accounts = new AccountService(new AccountRepository(db.dsl()), TestDatabase.CLOCK, false);
        accounts.signIn();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstStart_asks_prefilledWithNothing_andSavingNamesTheUser() {
        LocalNameViewModel vm = new LocalNameViewModel(accounts, new CurrentThreadTaskExecutor());
        assertThat(vm.needed()).isTrue();
        assertThat(vm.nameProperty().get()).as("not the OS user name").isEmpty();

        vm.nameProperty().set("  张敏 ");
        boolean[] saved = new boolean[1];
        vm.save(ok -> saved[0] = ok);

        assertThat(saved[0]).isTrue();
        assertThat(accounts.signedIn().displayName()).isEqualTo("张敏");
        assertThat(accounts.signedIn().named()).isTrue();
        assertThat(new LocalNameViewModel(accounts, new CurrentThreadTaskExecutor()).needed())
                .as("asked once: the next start finds the name").isFalse();
        assertThat(new AccountService(new AccountRepository(db.dsl()), TestDatabase.CLOCK, false).signIn().named())
                .isTrue();
    }

    @Test
    void anEmptyName_isRefusedInWords() {
        LocalNameViewModel vm = new LocalNameViewModel(accounts, new CurrentThreadTaskExecutor());
        vm.nameProperty().set("   ");
        boolean[] saved = {true};

        vm.save(ok -> saved[0] = ok);

        assertThat(saved[0]).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo(I18n.t("validation.account.name", 100));
        assertThat(accounts.signedIn().named()).isFalse();
    }

    @Test
    void theSettingsSection_showsTheLocalUser_andRenamesThroughTheSameForm() {
        accounts.nameLocalUser("张敏");
        AccountSectionViewModel section = new AccountSectionViewModel(accounts);
        assertThat(section.mode()).isEqualTo(AccountSectionViewModel.Mode.LOCAL);
        assertThat(section.whoProperty().get()).contains("张敏（管理员）");
        // the button is under 高级 since issue 24: the hint no longer points "above"
        assertThat(section.hint()).contains("见“高级”中的“共享数据库…”").doesNotContain("上方");

        LocalNameViewModel vm = new LocalNameViewModel(accounts, new CurrentThreadTaskExecutor());
        assertThat(vm.nameProperty().get()).isEqualTo("张敏");
        vm.nameProperty().set("张敏华");
        vm.save(ok -> { });
        section.refresh();

        assertThat(section.whoProperty().get()).contains("张敏华（管理员）");
    }
}
