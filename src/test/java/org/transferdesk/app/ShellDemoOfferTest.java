package org.transferdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.db.jooq.Tables.PERSON;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.I18n;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.demo.DemoDataGenerator;
import org.transferdesk.demo.DemoService;
import org.transferdesk.demo.persistence.DemoWriter;
import org.transferdesk.people.Person;
import org.transferdesk.ui.FakeDialogService;

/** Issue 19: the start's demo offer, and the offer to make an interrupted demo again, which "no" turns into records. */
class ShellDemoOfferTest {
    @TempDir
    Path dir;

    private AppContext context;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<String> asked = new ArrayList<>();
    private final List<String> setups = new ArrayList<>();
    private ShellCommands commands;

    @BeforeEach
    void open() {
        context = AppContext.open(new DataFolder(dir), TestDatabase.CLOCK);
        commands = TestShellCommands.on(context, dialogs, () -> setups.add("first run"));
        dialogs.onConfirm = asked::add;
        dialogs.confirmAnswer = false;
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void interruptedDemo() {
        new DemoWriter(context.database().dsl()).write(new DemoDataGenerator(DemoService.DEFAULT_SEED)
                .generate(20, 30, LocalDate.now(TestDatabase.CLOCK)), "test", LocalDateTime.now(TestDatabase.CLOCK),
                ProgressSink.NONE);
    }

    @Test
    void anEmptyDatabase_getsTheFirstRunSetupOnce_insteadOfABareDemoOffer() {
        commands.offerDemoIfEmpty();
        commands.offerDemoIfEmpty();

        assertThat(setups).as("issue 24 item 15: the setup ends in import, demo or later").hasSize(1);
        assertThat(asked).isEmpty();
        assertThat(context.settings().demoOffered()).isTrue();
    }

    @Test
    void anInterruptedDemo_isOfferedAgainAsInterrupted_andNo_keepsItsRecordsForGood() {
        context.settings().setDemoOffered(true);
        interruptedDemo();

        commands.offerDemoIfEmpty();

        assertThat(asked).containsExactly(I18n.t("gui.demo.unfinished"));
        assertThat(setups).as("an interrupted demo is not a first start").isEmpty();
        assertThat(I18n.t("gui.demo.unfinished")).isNotEqualTo(I18n.t("gui.demo.offer")).contains("中断");
        assertThat(context.demo().unfinished()).as("declined: the office's records now").isFalse();
        assertThat(context.demo().isEmpty()).isFalse();
        assertThat(context.database().dsl().fetchCount(PERSON)).isEqualTo(20);

        commands.offerDemoIfEmpty();
        assertThat(asked).as("not asked again").hasSize(1);
    }

    @Test
    void aDatabaseWithRecords_isNotOfferedAnything() {
        context.people().save(Person.create("T001", "张三"));

        commands.offerDemoIfEmpty();

        assertThat(asked).isEmpty();
        assertThat(setups).isEmpty();
    }
}
