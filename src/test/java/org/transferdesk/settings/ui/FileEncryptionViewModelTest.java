package org.transferdesk.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.FakeDialogService;

/** Issue 22: Settings' 加密数据库文件… / 取消加密…, without the toolkit. */
class FileEncryptionViewModelTest {
    private final List<String> converted = new ArrayList<>();
    private final FakeDialogService dialogs = new FakeDialogService();
    private int quits;

    private FileEncryptionViewModel vm(boolean encrypted, boolean fails) {
        FileEncryptionViewModel.Converter converter = new FileEncryptionViewModel.Converter(password -> {
            if (fails) {
                throw new org.transferdesk.common.UserFacingException("error.encrypt.inUse");
            }
            converted.add("encrypt " + password);
        }, password -> converted.add("decrypt " + password), "current-password"::equals);
        return new FileEncryptionViewModel(true, encrypted, converter, new CurrentThreadTaskExecutor(), dialogs,
                () -> quits++);
    }

    @Test
    void encrypt_needsTheWarningConfirmed_andTheSamePasswordTwice_beforeAnythingCloses() {
        FileEncryptionViewModel vm = vm(false, false);
        vm.typed().password().set("long-enough-1");
        vm.typed().again().set("long-enough-1");

        assertThat(vm.apply()).as("the forgotten-password warning is not confirmed").isFalse();
        assertThat(vm.problemProperty().get()).contains("无法找回");
        vm.typed().understood().set(true);
        vm.typed().again().set("long-enough-2");
        assertThat(vm.apply()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("两次输入的密码不一致。");
        vm.typed().password().set("short");
        vm.typed().again().set("short");
        assertThat(vm.apply()).isFalse();
        assertThat(vm.problemProperty().get()).contains("8");
        assertThat(converted).isEmpty();
        assertThat(quits).isZero();

        vm.typed().password().set("long-enough-1");
        vm.typed().again().set("long-enough-1");
        assertThat(vm.apply()).isTrue();

        assertThat(converted).containsExactly("encrypt long-enough-1");
        assertThat(vm.encryptedProperty().get()).isTrue();
        assertThat(vm.typed().password().get()).as("not kept in the form").isEmpty();
        assertThat(dialogs.infos).singleElement().asString().contains("重新启动");
        assertThat(quits).as("the app closes; the next start asks the password").isEqualTo(1);
    }

    @Test
    void decrypt_checksTheCurrentPassword_beforeClosingTheDatabase() {
        FileEncryptionViewModel vm = vm(true, false);
        vm.typed().password().set("guess-password");

        assertThat(vm.apply()).isFalse();
        assertThat(vm.problemProperty().get()).contains("文件密码错误");
        assertThat(converted).isEmpty();

        vm.typed().password().set("current-password");
        assertThat(vm.apply()).isTrue();
        assertThat(converted).containsExactly("decrypt current-password");
        assertThat(vm.encryptedProperty().get()).isFalse();
    }

    @Test
    void aFailedConversion_isShown_andTheAppCloses() {
        FileEncryptionViewModel vm = vm(false, true);
        vm.typed().understood().set(true);
        vm.typed().password().set("long-enough-1");
        vm.typed().again().set("long-enough-1");

        vm.apply();

        assertThat(dialogs.errors).hasSize(1);
        assertThat(vm.encryptedProperty().get()).isFalse();
        assertThat(quits).isEqualTo(1);
    }

    @Test
    void unavailable_onASharedDatabase() {
        assertThat(FileEncryptionViewModel.unavailable().available()).isFalse();
    }
}
