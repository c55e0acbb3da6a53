package org.transferdesk.due.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.db.Database;
import org.transferdesk.due.DueService;
import org.transferdesk.fees.FeeSettings;
import org.transferdesk.ip.IpType;
import org.transferdesk.ui.CurrentThreadTaskExecutor;
import org.transferdesk.ui.FakeDialogService;

/** Settings → 待办与专利年费规则: values in force, refused values change nothing, a dated change is used. */
class DueRulesViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path tmp;

    private AppContext context;
    private DueRulesViewModel vm;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void setUp() {
        context = new AppContext(new DataFolder(tmp).create(), Database.openInMemory("rules-" + UUID.randomUUID()),
                TestDatabase.CLOCK);
        vm = new DueRulesViewModel(context.due(), context.office(), new CurrentThreadTaskExecutor(), dialogs,
                org.transferdesk.TestDatabase.clockOn(TODAY));
        vm.load();
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    @Test
    void showsTheValuesInForce() {
        assertThat(vm.valueProperty(DueService.REMINDER_DAYS).get()).isEqualTo("90,60,30,7");
        assertThat(vm.valueProperty(DueService.REMIND_FROM).get()).isEqualTo(context.due().remindFrom(TODAY).toString());
        assertThat(vm.valueProperty(DueService.REPORT_DEADLINE).get()).isEqualTo("03-30");
        assertThat(vm.valueProperty(FeeSettings.scheduleKey(IpType.INVENTION_PATENT)).get())
                .isEqualTo("1-3:900;4-6:1200;7-9:2000;10-12:4000;13-15:6000;16-20:8000");
        assertThat(vm.valueProperty(FeeSettings.REDUCTION).get()).isEqualTo("SOLE:85;JOINT:70;YEARS:10;ELIGIBLE:true");
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void badValues_areListed_andNothingIsSaved() {
        vm.valueProperty(FeeSettings.scheduleKey(IpType.DESIGN)).set("1-3:600;4-5:900");
        vm.valueProperty(DueService.REPORT_DEADLINE).set("02-30");
        boolean[] saved = {true};

        vm.save(ok -> saved[0] = ok);

        assertThat(saved[0]).isFalse();
        assertThat(vm.problems()).containsExactly(
                I18n.t("rulesEdit.labelled", DueRulesViewModel.labelOf(DueService.REPORT_DEADLINE),
                        // issue 24 item 4: a month and a day, and February has no 30th
                        I18n.t("settingControls.yearDay.invalid")),
                I18n.t("rulesEdit.labelled", DueRulesViewModel.labelOf(FeeSettings.scheduleKey(IpType.DESIGN)),
                        I18n.t("feeRulesEdit.short", 6, 15)));
        assertThat(context.office().history(DueService.REPORT_DEADLINE)).extracting(d -> d.value())
                .containsExactly("03-30");
    }

    @Test
    void aDatedChange_isStored_andUsedFromItsDate() {
        vm.valueProperty(DueService.REPORT_DEADLINE).set("04-15");
        vm.valueProperty(DueService.REMINDER_DAYS).set("60,14");
        vm.fromProperty().set(LocalDate.of(2027, 1, 1));

        vm.save(ok -> assertThat(ok).isTrue());

        assertThat(context.due().reportDeadline(2027)).isEqualTo(MonthDay.of(4, 15));
        assertThat(context.due().reportDeadline(2026)).isEqualTo(MonthDay.of(3, 30));
        assertThat(context.due().reminderDays(LocalDate.of(2027, 2, 1))).containsExactly(60, 14);
        assertThat(context.due().reminderDays(TODAY)).containsExactly(90, 60, 30, 7);
        assertThat(dialogs.notices).contains(I18n.t("dueRules.saved", LocalDate.of(2027, 1, 1)));
    }
}
