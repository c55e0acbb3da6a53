package org.transferdesk.outreach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.outreach.ContactEntry;
import org.transferdesk.outreach.EventKind;
import org.transferdesk.outreach.LeadStatus;
import org.transferdesk.outreach.OutreachEvent;
import org.transferdesk.ui.CurrentThreadTaskExecutor;

/** Issue 25: the event editor, the events list and the contact log, without the toolkit. */
@Tag(TestDatabase.TAG)
class OutreachViewModelsTest {
    private final OutreachUiFixture data = new OutreachUiFixture();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @AfterEach
    void tearDown() {
        data.close();
    }

    @Test
    void anEvent_withAResultACompanyAndALead_isSavedInOneSave_andTheListCountsThem() {
        EventEditorViewModel vm = data.editor(executor);
        vm.load(null, () -> { });
        assertThat(vm.session().isDirty()).isFalse();
        vm.form().title().set("新材料成果路演");
        vm.form().kind().set(EventKind.FAIR);
        vm.form().startsOn().set(LocalDate.of(2026, 9, 1));
        vm.form().endsOn().set(LocalDate.of(2026, 9, 3));
        vm.results().link(data.result(0));
        Counterparty company = vm.candidates().get(0);
        vm.attend(company);
        vm.attend(company);
        assertThat(vm.companies()).hasSize(1);
        vm.leads().company().set(vm.companies().get(0));
        vm.leads().result().set(data.result(0));
        vm.leads().status().set(LeadStatus.FOLLOWING);
        assertThat(vm.leads().add()).isTrue();
        assertThat(vm.session().isDirty()).isTrue();

        AtomicBoolean saved = new AtomicBoolean();
        vm.save(saved::set);
        assertThat(saved).as(vm.problems().toString()).isTrue();
        assertThat(vm.session().isDirty()).isFalse();
        OutreachEvent stored = data.outreach.find(vm.session().stored().id()).orElseThrow();
        assertThat(stored.results()).containsExactly(data.result(0));
        assertThat(stored.companies()).extracting(c -> c.id()).containsExactly(company.id());
        assertThat(stored.leads()).singleElement().satisfies(l -> assertThat(l.status()).isEqualTo(LeadStatus.FOLLOWING));

        EventListViewModel list = new EventListViewModel(data.outreach, executor, data.events);
        list.load();
        assertThat(list.rows()).singleElement().satisfies(r -> {
            assertThat(r.results()).isEqualTo(1);
            assertThat(r.companies()).isEqualTo(1);
            assertThat(r.openLeads()).isEqualTo(1);
        });
        list.filters().kind().set(EventKind.ROADSHOW);
        assertThat(list.rows()).isEmpty();
    }

    @Test
    void anEventEndingBeforeItStarts_isRefused_andNothingIsWritten() {
        EventEditorViewModel vm = data.editor(executor);
        vm.load(null, () -> { });
        vm.form().title().set("对接会");
        vm.form().startsOn().set(LocalDate.of(2026, 9, 3));
        vm.form().endsOn().set(LocalDate.of(2026, 9, 1));
        AtomicBoolean saved = new AtomicBoolean(true);
        vm.save(saved::set);
        assertThat(saved).isFalse();
        assertThat(vm.fieldErrors()).containsKey("endsOn");
        assertThat(data.outreach.list()).isEmpty();
    }

    @Test
    void aLeadWithoutACompany_isNotAdded() {
        EventEditorViewModel vm = data.editor(executor);
        vm.load(null, () -> { });
        assertThat(vm.leads().add()).isFalse();
        assertThat(vm.leads().errorProperty().get()).isNotBlank();
    }

    @Test
    void theContactLog_savesAnEntry_andRefusesOneWithAStepButNoDay() {
        long company = data.counterparties.findAll().get(0).id();
        ContactLogViewModel log = new ContactLogViewModel(data.outreach, executor, data.events);
        log.load(company);
        assertThat(log.readyProperty().get()).isTrue();
        assertThat(log.form().contactedOn().get()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(log.form().who().get()).isNotBlank();
        log.form().summary().set("走访企业，介绍成果");
        log.form().nextStep().set("发送许可条款");
        log.save();
        assertThat(log.errorProperty().get()).isNotBlank();
        assertThat(log.entries()).isEmpty();

        log.form().nextDue().set(LocalDate.of(2026, 11, 29));
        log.save();
        assertThat(log.errorProperty().get()).isEmpty();
        assertThat(log.entries()).extracting(ContactEntry::nextStep).containsExactly("发送许可条款");
        assertThat(data.outreach.openNextSteps()).hasSize(1);

        log.edit(log.entries().get(0));
        log.form().nextDone().set(true);
        log.save();
        assertThat(data.outreach.openNextSteps()).isEmpty();
    }

    @Test
    void aCounterpartyNotYetSaved_hasNoLogToWriteIn() {
        ContactLogViewModel log = new ContactLogViewModel(data.outreach, executor, data.events);
        log.load(null);
        assertThat(log.readyProperty().get()).isFalse();
    }
}
