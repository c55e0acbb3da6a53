package org.transferdesk.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.transferdesk.ledger.ImportMapping;
import org.transferdesk.ledger.MappingReport;

/** The key-contributor choices and the answer a choice writes into the profile, without the toolkit. */
class MappingRowTest {
    @Test
    void threeInventors_offerEveryGroup_andAChoiceBecomesTheResultsKeyContributors() {
        assertThat(MappingRow.keyChoices(List.of("张三", "李四", "王五"))).extracting(MappingReport.Option::constant)
                .containsExactly("张三", "李四", "王五", "张三、李四", "张三、王五", "李四、王五", "张三、李四、王五");
        assertThat(MappingRow.keyChoices(List.of("A", "B", "C", "D", "E"))).hasSize(6);

        MappingReport report = new MappingReport(List.of(), List.of(), List.of(), List.of(),
                new MappingReport.SharesQuestion("", 0, 0, false), List.of(),
                List.of(new MappingReport.KeyQuestion("R1", 3, List.of("张三", "李四", "王五"), Set.of())),
                ImportMapping.NONE);
        MappingRow row = MappingRow.of(report).get(0);
        assertThat(row.isOpen()).isTrue();
        row.choiceProperty().set(row.options().stream().filter(o -> o.constant().equals("张三、王五")).findFirst()
                .orElseThrow());
        assertThat(row.changed()).isTrue();
        assertThat(row.answer(ImportMapping.NONE).keyContributors()).containsEntry("R1", Set.of("张三", "王五"));
    }
}
