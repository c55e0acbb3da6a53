package org.transferdesk.app;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Parent;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.calendar.ui.WorkCalendarView;
import org.transferdesk.calendar.ui.WorkCalendarViewModel;
import org.transferdesk.common.I18n;
import org.transferdesk.reward.ui.RewardPolicyView;
import org.transferdesk.reward.ui.RewardPolicyViewModel;
import org.transferdesk.ui.FxTaskExecutor;

/** The office-rules windows opened from Settings: the work calendar and the reward policy, one of each at a time. */
final class OfficeRulesWindows {
    private final AppContext context;
    private final FxTaskExecutor executor;
    private final EditorWindows editors;
    private final org.transferdesk.ui.DataEvents events;

    OfficeRulesWindows(AppContext context, FxTaskExecutor executor, EditorWindows editors,
                       org.transferdesk.ui.DataEvents events) {
        this.context = context;
        this.executor = executor;
        this.editors = editors;
        this.events = events;
    }

    void openWorkCalendar() {
        editors.open("work-calendar", ctx -> {
            WorkCalendarViewModel vm = new WorkCalendarViewModel(context.calendar(), executor, ctx.dialogs(),
                    java.time.LocalDate.now(context.clock()).getYear(), events::dueChanged);
            Parent root = new WorkCalendarView(vm, ctx.close()).build();
            vm.load(() -> { });
            return new EditorWindows.Editor(root, vm::isDirty, vm::save,
                    new SimpleStringProperty(I18n.t("workCalendar.title")));
        });
    }

    /** The reward policy and the unit profile (R-POLICY, R-TAX58). */
    void openRewardPolicy() {
        editors.open("reward-policy", ctx -> {
            RewardPolicyViewModel vm = new RewardPolicyViewModel(context.rewardPolicies(), executor, ctx.dialogs(),
                    context.clock());
            Parent root = new RewardPolicyView(vm, ctx.close()).build();
            vm.load();
            return new EditorWindows.Editor(root, vm::isDirty, vm::save,
                    new SimpleStringProperty(I18n.t("rewardPolicy.title")));
        });
    }
}
