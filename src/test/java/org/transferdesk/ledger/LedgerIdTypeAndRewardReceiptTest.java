package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.people.IdType;
import org.transferdesk.people.Person;
import org.transferdesk.people.persistence.PersonRepository;
import org.transferdesk.reward.DistributedReceipt;
import org.transferdesk.reward.Distribution;
import org.transferdesk.reward.persistence.DistributionRepository;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;

/**
 * The optional columns of issue 18: 人员's 证件类型 [id_type] (R-TAX58-FILING; the check digit only for a
 * 居民身份证) and 奖励发放's 到账日期 [received_on] / 凭证号 [voucher_no] naming the receipt a payment comes from
 * (R-TAX58), the deal's latest receipt before it by default, a warning when there is none.
 */
@Tag(TestDatabase.TAG)
class LedgerIdTypeAndRewardReceiptTest extends LedgerImportTestBase {
    LedgerIdTypeAndRewardReceiptTest() {
        super(LedgerDb.LATER);
    }

    private Path folder(String people, String rewards) throws IOException {
        Path folder = csvFolder();
        writeCsv(folder, "人员", people);
        writeCsv(folder, "成果", LedgerFixtures.R1_CSV);
        writeCsv(folder, "合同", """
                合同编号,转化方式,签订日期,合同金额,对方名称,技术合同登记号,登记日期,关联成果
                C1,许可,2018-12-01,100000,甲公司,2018110000000001,2018-12-20,R1
                C2,许可,2018-12-01,100000,乙公司,2018110000000002,2018-12-20,R1
                """);
        writeCsv(folder, "到账", """
                合同编号,到账日期,金额,凭证号
                C1,2019-01-10,60000.00,PZ-1
                C1,2019-01-10,40000.00,PZ-2
                C1,2021-06-01,50000.00,PZ-3
                C1,2021-07-01,-5000.00,PZ-4
                """);
        if (rewards != null) {
            writeCsv(folder, "奖励发放", rewards);
        }
        return folder;
    }

    private static final String PEOPLE = """
            工号,姓名,身份证号,证件类型
            T001,甲教授,11010519491231002X,
            T002,乙老师,E12345678,护照
            T003,丙老师,12345678,台胞证
            T004,丁老师,110105194912310021,外国人永久居留身份证
            """;

    @Test
    void idTypeColumn_isImported_emptyMeaningResidentId_checksumOnlyForResidentIds() throws IOException {
        ImportPreview preview = ledger.importer.preview(folder(PEOPLE, null), false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        ledger.importer.commit(preview, ProgressSink.NONE);

        Map<String, Person> people = PersonRepository.findByStaffNos(ledger.db.dsl(),
                List.of("T001", "T002", "T003", "T004"));
        assertThat(people.values()).extracting(Person::staffNo, Person::idType, Person::idNumber)
                .containsExactlyInAnyOrder(tuple("T001", IdType.RESIDENT_ID, "11010519491231002X"),
                        tuple("T002", IdType.PASSPORT, "E12345678"), tuple("T003", IdType.TAIWAN_PERMIT, "12345678"),
                        tuple("T004", IdType.FOREIGN_PERMANENT_RESIDENT, "110105194912310021"));
    }

    @Test
    void residentIdWithAWrongCheckDigit_isStillRefused() throws IOException {
        ImportPreview preview = ledger.importer.preview(folder("""
                工号,姓名,身份证号,证件类型
                T001,甲教授,110105194912310021,居民身份证
                """, null), false, ProgressSink.NONE);

        assertThat(preview.errors()).extracting(ImportError::sheet, ImportError::row, ImportError::column)
                .containsExactly(tuple("人员", 2, "身份证号"));
    }

    @Test
    void rewardReceipts_namedByDateAndVoucher_elseTheLatestBeforePayment_noneWarned() throws IOException {
        ImportPreview preview = ledger.importer.preview(folder(PEOPLE, """
                合同编号,发放日期,工号,类型,金额,公示,到账日期,凭证号
                C1,2022-03-01,T001,现金,1000.00,是,2019-01-10,PZ-2
                C1,2021-06-30,T001,现金,1000.00,是,2019-01-10,
                C1,2021-08-01,T001,现金,1000.00,是,,
                C1,2021-05-01,T001,现金,1000.00,是,,
                C2,2022-03-02,T001,现金,1000.00,是,,
                """), false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).filteredOn(n -> n.key().equals("ledger.warn.rewardWithoutReceipt"))
                .extracting(ImportError::sheet, ImportError::row, ImportError::column)
                .containsExactly(tuple("奖励发放", 6, "发放日期"));
        ledger.importer.commit(preview, ProgressSink.NONE);

        Map<LocalDate, List<String>> vouchers = new java.util.TreeMap<>();
        for (Distribution d : new DistributionRepository(ledger.db.dsl()).findWhere(null, null)) {
            vouchers.put(d.basisDate(), d.receipts().stream().map(DistributedReceipt::voucherNo).toList());
        }
        assertThat(vouchers).containsExactly(
                Map.entry(LocalDate.of(2021, 5, 1), List.of("PZ-1", "PZ-2")), // the latest day before: both receipts
                Map.entry(LocalDate.of(2021, 6, 30), List.of("PZ-1", "PZ-2")), // named by date: both of that day
                Map.entry(LocalDate.of(2021, 8, 1), List.of("PZ-3")), // a refund is never a reward's receipt
                Map.entry(LocalDate.of(2022, 3, 1), List.of("PZ-2")), // named by date and voucher
                Map.entry(LocalDate.of(2022, 3, 2), List.of())); // C2 has none: not eligible, and warned
    }

    @Test
    void rewardNamingAMissingOrLaterReceipt_isRefused() throws IOException {
        ImportPreview preview = ledger.importer.preview(folder(PEOPLE, """
                合同编号,发放日期,工号,类型,金额,公示,到账日期,凭证号
                C1,2022-03-01,T001,现金,1000.00,是,2019-01-11,
                C1,2022-03-02,T001,现金,1000.00,是,,PZ-9
                C1,2022-03-03,T001,现金,1000.00,是,2022-03-04,
                """), false, ProgressSink.NONE);

        assertThat(preview.errors()).extracting(ImportError::row, ImportError::column, ImportError::key)
                .containsExactlyInAnyOrder(tuple(2, "到账日期", "ledger.rewards.receiptNotFound"),
                        tuple(3, "凭证号", "ledger.rewards.receiptNotFound"),
                        tuple(4, "到账日期", "ledger.rewards.receiptAfterPayment"));
    }
}
