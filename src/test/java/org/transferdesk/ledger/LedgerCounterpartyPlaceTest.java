package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.Province;
import org.transferdesk.deal.persistence.CounterpartyRepository;
import org.transferdesk.ledger.LedgerSheet.Columns;
import org.transferdesk.ledger.MappingReport.Origin;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/**
 * R-REPORT-MORE in the ledger import: 对方行业 and 对方所在地 are read by name, code or a common spelling (shown as
 * such in the mapping step), an unknown value is asked once however many cells hold it, and a saved profile
 * answers it next time; the mapped values land on the counterparty, without overwriting what it has.
 */
@Tag(TestDatabase.TAG)
class LedgerCounterpartyPlaceTest {
    @TempDir
    Path tmp;

    @AutoClose
    private final LedgerDb ledger = new LedgerDb(LedgerDb.LATER);

    private Path workbook() throws IOException {
        return TestWorkbook.create()
                .sheet("合同", TestWorkbook.row("合同编号", "转化方式", "签订日期", "合同金额", "对方名称", "对方行业", "对方所在地"),
                        TestWorkbook.row("C1", "技术开发", "2024-03-05", 90_000, "甲公司", "制造业", "广东省"),
                        TestWorkbook.row("C2", "技术开发", "2024-03-06", 80_000, "乙公司", "软件", "深圳"),
                        TestWorkbook.row("C3", "技术开发", "2024-03-07", 70_000, "丙公司", "材料", "华东"),
                        TestWorkbook.row("C4", "技术服务", "2024-03-08", 60_000, "丁公司", "材料", "华东"),
                        TestWorkbook.row("C5", "技术服务", "2024-03-09", 50_000, "戊公司", null, "440000"),
                        TestWorkbook.row("C6", "技术服务", "2024-03-10", 40_000, "己公司", "I", "粤"))
                .writeTo(tmp.resolve("ledger.xlsx"));
    }

    private ImportPreview check(Path file, ImportMapping mapping) {
        return ledger.importer.preview(file, new LedgerImporter.Options(false, false, mapping), ProgressSink.NONE);
    }

    private Map<String, Counterparty> counterparties() {
        return new CounterpartyRepository(ledger.db.dsl()).findAll().stream()
                .collect(Collectors.toMap(Counterparty::name, Function.identity()));
    }

    @Test
    void knownSpellingsAreShownAsSuch_andEachUnknownValueIsAskedOnce() throws IOException {
        ImportPreview preview = check(workbook(), ImportMapping.NONE);

        assertThat(preview.mapping().values()).filteredOn(v -> v.column() == Columns.COUNTERPARTY_INDUSTRY)
                .extracting(MappingReport.ValueChoice::text, MappingReport.ValueChoice::constant,
                        MappingReport.ValueChoice::origin, MappingReport.ValueChoice::cells)
                .containsExactlyInAnyOrder(tuple("制造业", "C", Origin.FORMAT, 1), tuple("软件", "I", Origin.GUESSED, 1),
                        tuple("材料", null, Origin.UNMAPPED, 2), tuple("I", "I", Origin.FORMAT, 1));
        assertThat(preview.mapping().values()).filteredOn(v -> v.column() == Columns.COUNTERPARTY_REGION)
                .extracting(MappingReport.ValueChoice::text, MappingReport.ValueChoice::constant,
                        MappingReport.ValueChoice::origin, MappingReport.ValueChoice::cells)
                .containsExactlyInAnyOrder(tuple("广东省", "GUANGDONG", Origin.FORMAT, 1),
                        tuple("深圳", "GUANGDONG", Origin.GUESSED, 1), tuple("华东", null, Origin.UNMAPPED, 2),
                        tuple("440000", "GUANGDONG", Origin.GUESSED, 1), tuple("粤", "GUANGDONG", Origin.GUESSED, 1));
        assertThat(preview.errors()).filteredOn(e -> e.key().equals("ledger.value.unmapped"))
                .extracting(ImportError::row, ImportError::column)
                .containsExactlyInAnyOrder(tuple(4, "对方行业"), tuple(4, "对方所在地"));
        assertThat(preview.mapping().openQuestions()).isEqualTo(2);
        // read through another spelling: said in the preview, never silently
        assertThat(preview.notices()).filteredOn(e -> e.key().equals("ledger.notice.valueAs"))
                .extracting(ImportError::column).contains("对方行业", "对方所在地");
    }

    @Test
    void theSavedProfileAnswersTheQuestions_andTheValuesLandOnTheCounterparties() throws IOException {
        Path file = workbook();
        // 戊公司 is known already, with its province: the ledger fills only what it lacks
        new CounterpartyRepository(ledger.db.dsl()).save(new Counterparty(null, "戊公司", null, "北京", Province.BEIJING,
                null, null, null, null, 0), "test", LocalDateTime.of(2028, 1, 1, 9, 0));
        ImportMapping answered = check(file, ImportMapping.NONE).mapping().mapping()
                .withValue(LedgerSheet.CONTRACTS, Columns.COUNTERPARTY_INDUSTRY, "材料", IndustrySection.C.name())
                .withValue(LedgerSheet.CONTRACTS, Columns.COUNTERPARTY_REGION, "华东", Province.SHANGHAI.name());
        answered.write(tmp.resolve("mappings/台账.json"));
        ImportMapping profile = new MappingProfiles(tmp.resolve("mappings")).read("台账");

        ImportPreview preview = check(file, profile);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.mapping().openQuestions()).isZero();
        ledger.importer.commit(preview, ProgressSink.NONE);

        Map<String, Counterparty> all = counterparties();
        assertThat(all.values()).extracting(Counterparty::name, Counterparty::region, Counterparty::province,
                        Counterparty::industry, Counterparty::industrySection)
                .containsExactlyInAnyOrder(
                        tuple("甲公司", "广东省", Province.GUANGDONG, "制造业", IndustrySection.C),
                        tuple("乙公司", "深圳", Province.GUANGDONG, "软件", IndustrySection.I),
                        tuple("丙公司", "华东", Province.SHANGHAI, "材料", IndustrySection.C),
                        tuple("丁公司", "华东", Province.SHANGHAI, "材料", IndustrySection.C),
                        tuple("戊公司", "北京", Province.BEIJING, null, null),
                        tuple("己公司", "粤", Province.GUANGDONG, "I", IndustrySection.I));
        assertThat(new CounterpartyRepository(ledger.db.dsl()).dealParties())
                .extracting(p -> p.counterpartyName(), p -> p.province(), p -> p.industrySection())
                .contains(tuple("乙公司", Province.GUANGDONG, IndustrySection.I), tuple("戊公司", Province.BEIJING, null));
    }

    @Test
    void anExistingCounterpartyWithoutPlace_getsTheLedgersMappedValues() throws IOException {
        new CounterpartyRepository(ledger.db.dsl()).save(new Counterparty(null, "甲公司", null, "华南某地", null,
                null, null, null, null, 0), "test", LocalDateTime.of(2028, 1, 1, 9, 0));
        ImportMapping answered = check(workbook(), ImportMapping.NONE).mapping().mapping()
                .withValue(LedgerSheet.CONTRACTS, Columns.COUNTERPARTY_INDUSTRY, "材料", IndustrySection.C.name())
                .withValue(LedgerSheet.CONTRACTS, Columns.COUNTERPARTY_REGION, "华东", Province.SHANGHAI.name());
        ledger.importer.commit(check(workbook(), answered), ProgressSink.NONE);

        // its own text stays; the structured values come from the ledger
        assertThat(counterparties().get("甲公司")).extracting(Counterparty::region, Counterparty::province,
                Counterparty::industry, Counterparty::industrySection)
                .containsExactly("华南某地", Province.GUANGDONG, "制造业", IndustrySection.C);
    }
}
