package org.transferdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferdesk.ui.Assignees.Assignee;
import org.transferdesk.ui.Assignees.Options;

/** Issue 22: the 经办人/技术经理人 chooser's choices, default and lock. */
class AssigneeChoiceTest {
    private static final Assignee ZHANG = new Assignee("zhangmin", "张敏");
    private static final Assignee LI = new Assignee("lihua", "李华");
    private static final Assignee AN = new Assignee("anqi", "安琪");
    private static final List<Assignee> ACTIVE = List.of(ZHANG, LI, AN);

    @Test
    void aClerkChoosesAmongNoneAndTheActiveAccounts_inPinyinOrder() {
        AssigneeChoice choice = new AssigneeChoice();
        choice.offer(new Options(ACTIVE, null, true));
        choice.show(null, null);

        assertThat(choice.choices()).containsExactly(null, AN, LI, ZHANG);
        assertThat(choice.selectedProperty().get()).isNull();
        assertThat(choice.login()).isNull();
        assertThat(choice.lockedProperty().get()).isFalse();
        assertThat(choice.shownProperty().get()).isTrue();

        choice.selectedProperty().set(LI);
        assertThat(choice.login()).isEqualTo("lihua");
        assertThat(choice.name()).isEqualTo("李华");
    }

    @Test
    void aManagersNewRecordIsTheirs_andTheChoiceIsLockedToThem() {
        Options options = new Options(ACTIVE, "zhangmin", true);
        assertThat(options.forNew()).isEqualTo(ZHANG);
        assertThat(new Options(ACTIVE, null, true).forNew()).as("nobody's for any other role").isNull();

        AssigneeChoice choice = new AssigneeChoice();
        choice.offer(options);
        choice.show(options.forNew().login(), options.forNew().displayName());
        assertThat(choice.choices()).containsExactly(ZHANG);
        assertThat(choice.login()).isEqualTo("zhangmin");
        assertThat(choice.lockedProperty().get()).isTrue();
    }

    @Test
    void aRecordAssignedToAnAccountNoLongerActive_keepsIt() {
        AssigneeChoice choice = new AssigneeChoice();
        choice.offer(new Options(List.of(ZHANG), null, true));
        choice.show("wangfang", "王芳");

        assertThat(choice.choices()).containsExactly(null, new Assignee("wangfang", "王芳"), ZHANG);
        assertThat(choice.login()).isEqualTo("wangfang");
    }

    @Test
    void onTheEmbeddedDatabase_theFieldShowsOnlyWhenTheRecordHasAnAssignee() {
        AssigneeChoice choice = new AssigneeChoice();
        choice.offer(new Options(List.of(ZHANG), null, false));
        choice.show(null, null);
        assertThat(choice.shownProperty().get()).isFalse();
        choice.show("zhangmin", "张敏");
        assertThat(choice.shownProperty().get()).isTrue();
    }
}
