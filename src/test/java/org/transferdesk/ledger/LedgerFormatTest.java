package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.common.I18n;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.ip.IpType;
import org.transferdesk.people.LeaderRole;

class LedgerFormatTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            工号,               true
            staff_no,           true
            STAFF_NO,           true
            ' 工号 ',           true
            工号*,              true
            工号 [staff_no],    true
            工号（staff_no）,   true
            工号码,             false
            staff,              false
            """)
    void headers_matchChineseNameOrAlias(String header, boolean matches) {
        assertThat(LedgerSheet.Columns.STAFF_NO.matches(header)).isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            14,   '',              true
            22,   '',              true
            57,   '',              true
            0,    General,         false
            4,    '#,##0.00',      false
            164,  yyyy-mm-dd,      true
            165,  'yyyy"年"m"月"d"日"', true
            166,  '[Red]0.00',     false
            167,  'hh:mm',         false
            """)
    void dateFormats_areRecognised(int id, String format, boolean isDate) {
        assertThat(ExcelDates.isDateFormat(id, format)).isEqualTo(isDate);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1,      false, 1900-01-01
            59,     false, 1900-02-28
            61,     false, 1900-03-01
            45352,  false, 2024-03-01
            45351.75, false, 2024-02-29
            0,      true,  1904-01-01
            43890,  true,  2024-03-01
            """)
    void serialNumbers_becomeDates(String serial, boolean date1904, LocalDate expected) {
        assertThat(ExcelDates.fromSerial(new BigDecimal(serial), date1904)).isEqualTo(expected);
    }

    @Test
    void enumNames_areAlwaysAccepted() {
        assertThat(Vocabulary.parse(LeaderRole.class, "head")).isEqualTo(LeaderRole.HEAD);
        assertThat(Vocabulary.parse(IpType.class, " INVENTION_PATENT ")).isEqualTo(IpType.INVENTION_PATENT);
        assertThat(Vocabulary.parse(FundingSource.class, "火箭")).isNull();
    }

    /** Needs the label keys (leaderRole.*, funding.*, ipType.*) in the bundles; skipped until they are there. */
    @Test
    void chineseAndEnglishLabels_areAccepted() {
        assumeTrue(I18n.bundle().containsKey(LeaderRole.HEAD.labelKey())
                && I18n.bundle().containsKey(FundingSource.FISCAL.labelKey())
                && I18n.bundle().containsKey(IpType.INVENTION_PATENT.labelKey()), "enum labels not in the bundles yet");
        I18n.setLocale(I18n.CHINESE);
        String zhHead = LeaderRole.HEAD.label();
        String zhFiscal = FundingSource.FISCAL.label();
        I18n.setLocale(Locale.ENGLISH);
        String enPatent = IpType.INVENTION_PATENT.label();

        assertThat(Vocabulary.parse(LeaderRole.class, zhHead)).isEqualTo(LeaderRole.HEAD);
        assertThat(Vocabulary.parse(FundingSource.class, zhFiscal)).isEqualTo(FundingSource.FISCAL);
        assertThat(Vocabulary.parse(IpType.class, enPatent.toUpperCase(Locale.ROOT))).isEqualTo(IpType.INVENTION_PATENT);
    }

    @Test
    void errorMessages_areLocalized_andTranslateLabelArguments() {
        ImportError error = new ImportError("人员", 3, "工号", "ledger.duplicateInFile", "T001", 12000);
        I18n.setLocale(Locale.ENGLISH);
        assertThat(error.message()).isEqualTo("T001 appears more than once in this sheet (first in row 12000).");
        I18n.setLocale(I18n.CHINESE);
        assertThat(error.message()).isEqualTo("T001 在本表中重复出现（首次出现在第 12000 行）。");
        ImportError withKeyArg = new ImportError("", 0, "", "ledger.file.notFound", "ledger.cell.required");
        assertThat(withKeyArg.message()).contains("此项为必填");
    }
}
