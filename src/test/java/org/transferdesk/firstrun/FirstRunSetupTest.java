package org.transferdesk.firstrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.CreditCode;
import org.transferdesk.common.ValidationException;
import org.transferdesk.people.Department;
import org.transferdesk.reward.RewardPolicy;
import org.transferdesk.reward.UnitProfile;

/** Issue 24, item 15: the first-run answers land where the settings window and the people page read them. */
@Tag(TestDatabase.TAG)
class FirstRunSetupTest {
    @TempDir
    Path dir;

    private AppContext context;
    private FirstRunSetup setup;

    @BeforeEach
    void open() {
        context = AppContext.open(new DataFolder(dir), TestDatabase.CLOCK);
        setup = new FirstRunSetup(context.rewardPolicies(), context.people(), TestDatabase.CLOCK);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theAnswers_areTheUnitProfileThePolicyAndTheDepartmentsFromToday() {
        String code = CreditCode.withCheckCharacter("12100000400000624");
        context.people().saveDepartment(Department.create("物理系"));

        setup.apply(new FirstRunSetup.Answers(new UnitProfile("示例大学", code, false), RewardPolicy.Preset.ZHEJIANG,
                List.of("化学系", "物理系")));

        UnitProfile unit = context.rewardPolicies().unitProfile();
        assertThat(unit.name()).isEqualTo("示例大学");
        assertThat(unit.creditCode()).isEqualTo(code);
        assertThat(unit.nonProfit()).isFalse();
        LocalDate today = LocalDate.now(TestDatabase.CLOCK);
        assertThat(context.rewardPolicies().policyOn(today)).isEqualTo(RewardPolicy.Preset.ZHEJIANG.policyOn(today));
        assertThat(context.people().departments()).extracting(Department::name)
                .containsExactlyInAnyOrder("物理系", "化学系");
    }

    @Test
    void aCreditCodeOfTheWrongShape_isRefusedByTheService() {
        assertThatThrownBy(() -> setup.apply(new FirstRunSetup.Answers(new UnitProfile("示例大学", "123", true),
                RewardPolicy.Preset.NATIONAL, List.of()))).isInstanceOf(ValidationException.class);
        assertThat(context.rewardPolicies().unitProfile().name()).isEmpty();
    }
}
