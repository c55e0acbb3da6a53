package org.transferdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferdesk.disclosure.ResultType;

/** research-fields.json is hand-written data: catch typos the generator would silently ignore. */
class ResearchFieldsTest {
    private final List<ResearchField> fields = ResearchFields.all();

    @Test
    void fifteenSchools_withUniqueNames() {
        assertThat(fields).hasSize(15);
        assertThat(fields).extracting(ResearchField::department).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).endsWith("学院"));
    }

    @Test
    void everySchool_hasTheWordsEveryTitleAndAbstractNeeds() {
        assertThat(fields).allSatisfy(f -> {
            assertThat(f.weight()).as(f.department()).isPositive();
            assertThat(f.field()).isNotBlank();
            assertThat(f.industry()).isNotBlank();
            assertThat(f.nsfc()).matches("[1-8]");
            assertThat(f.keyRd()).matches("[A-D]?");
            assertThat(f.techniques()).isNotEmpty();
            assertThat(f.subjects()).isNotEmpty();
            assertThat(f.software()).isNotEmpty();
            assertThat(f.problems()).isNotEmpty();
            assertThat(f.benefits()).isNotEmpty();
            assertThat(f.applications()).isNotEmpty();
            assertThat(f.varieties()).allSatisfy(v -> assertThat(v).contains("{n}"));
        });
    }

    @Test
    void typeWeights_nameRealResultTypes() {
        List<String> types = Arrays.stream(ResultType.values()).map(Enum::name).toList();
        assertThat(fields).allSatisfy(f -> assertThat(types).containsAll(f.typeWeights().keySet()));
    }
}
