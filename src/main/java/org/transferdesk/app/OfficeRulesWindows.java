package org.transferdesk.app;

import org.transferdesk.reward.RewardPolicyService;
import java.time.Clock;
import org.transferdesk.calendar.WorkCalendarService;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Parent;
import org.transferdesk.calendar.ui.WorkCalendarView;
import org.transferdesk.calendar.ui.WorkCalendarViewModel;
import org.transferdesk.common.I18n;
import org.transferdesk.reward.ui.RewardPolicyView;
import org.transferdesk.reward.ui.RewardPolicyViewModel;

/** The office-rules windows opened from Settings: the work calendar and the reward policy, one of each at a time. */
final class OfficeRulesWindows {
    /** The services these windows use, and nothing else of the application (issue 23). */
    record Services(WorkCalendarService calendar, Clock clock, RewardPolicyService rewardPolicies) {
    }

    private final Services services;
    private final Shell shell;

    OfficeRulesWindows(Services services, Shell shell) {
        this.services = services;
        this.shell = shell;
    }

    void openWorkCalendar() {
        shell.editors().open("work-calendar", ctx -> {
            WorkCalendarViewModel vm = new WorkCalendarViewModel(services.calendar(), shell.executor(), ctx.dialogs(),
                    java.time.LocalDate.now(services.clock()).getYear(), shell.events()::dueChanged);
            Parent root = new WorkCalendarView(vm, ctx.close()).build();
            vm.load(() -> { });
            return new EditorWindows.Editor(root, vm::isDirty, vm::save,
                    new SimpleStringProperty(I18n.t("workCalendar.title")));
        });
    }

    /** The reward policy and the unit profile (R-POLICY, R-TAX58). */
    void openRewardPolicy() {
        shell.editors().open("reward-policy", ctx -> {
            RewardPolicyViewModel vm = new RewardPolicyViewModel(services.rewardPolicies(), shell.executor(),
                    ctx.dialogs(),
                    services.clock());
            Parent root = org.transferdesk.ui.help.HelpLinks.withHelpButton(new RewardPolicyView(vm, ctx.close()).build(),
                    org.transferdesk.ui.help.HelpLinks.OFFICE_RULES);
            vm.load();
            return new EditorWindows.Editor(root, vm::isDirty, vm::save,
                    new SimpleStringProperty(I18n.t("rewardPolicy.title")));
        });
    }
}
