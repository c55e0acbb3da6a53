package org.transferdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.persistence.CounterpartyRepository;

/**
 * V11 on a database an older TransferDesk left: the free-text region and industry are kept as written and mapped
 * to a province code and an industry section where the text is unambiguous (full name, short name, code; section
 * name, letter, letter and name); what does not map stays null and is listed as a gap.
 */
class CounterpartyRegionMigrationTest {
    private static final List<String[]> OLD_ROWS = List.of(
            new String[] {"甲公司", "北京", "制造业"},
            new String[] {"乙公司", "北京市", "C"},
            new String[] {"丙公司", "440000", "I 信息传输、软件和信息技术服务业"},
            new String[] {"丁公司", " 广东省 ", "软件"},
            new String[] {"戊公司", "深圳", "材料"},
            new String[] {"己公司", "境外", "j"},
            new String[] {"庚公司", null, null},
            new String[] {"辛公司", "粤", "金融业"});

    @TempDir
    Path dir;

    private Path base;

    @BeforeEach
    void oldDatabaseWithFreeText() throws Exception {
        base = dir.resolve("transferdesk");
        OldDatabase.create(base, "10");
        for (String[] row : OLD_ROWS) {
            OldDatabase.execute(base, "insert into counterparty (name, name_key, region, industry) values ('"
                    + row[0] + "', '" + row[0] + "', " + literal(row[1]) + ", " + literal(row[2]) + ")");
        }
    }

    private static String literal(String s) {
        return s == null ? "null" : "'" + s + "'";
    }


    @ParameterizedTest(name = "{0}: {1} → {3}, {2} → {4}")
    @CsvSource(textBlock = """
            甲公司, 北京,      制造业,  110000, C
            乙公司, 北京市,    C,       110000, C
            丙公司, 440000,    I 信息传输、软件和信息技术服务业, 440000, I
            丁公司, ' 广东省 ', 软件,   440000,
            戊公司, 深圳,      材料,    ,
            己公司, 境外,      j,       ABROAD, J
            庚公司, ,          ,        ,
            辛公司, 粤,        金融业,  ,       J
            """)
    void freeTextMapsWhereUnambiguous_andIsKeptAsWritten(String name, String region, String industry,
                                                         String provinceCode, String section) {
        try (Database db = Database.openFile(base)) {
            assertThat(OldDatabase.query(base, "select province_code from counterparty where name = '" + name + "'"))
                    .isEqualTo(provinceCode);
            assertThat(OldDatabase.query(base, "select industry_code from counterparty where name = '" + name + "'"))
                    .isEqualTo(section);
            Counterparty c = new CounterpartyRepository(db.dsl()).findAll().stream()
                    .filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            assertThat(c.region()).isEqualTo(region);
            assertThat(c.industry()).isEqualTo(industry);
            assertThat(c.province() == null ? null : c.province().code()).isEqualTo(provinceCode);
            assertThat(c.industrySection() == null ? null : c.industrySection().code()).isEqualTo(section);
        }
    }

    @Test
    void unmappedText_isReportedAsAGap() {
        try (Database db = Database.openFile(base)) {
            assertThat(new CounterpartyRepository(db.dsl()).unmappedText()).extracting(Counterparty::name)
                    .containsExactlyInAnyOrder("丁公司", "戊公司", "辛公司");
        }
    }

    @Test
    void episodesMayBeOfficeStaff_withoutCompanyOrEnd() {
        try (Database db = Database.openFile(base)) {
            OldDatabase.execute(base, "insert into person_episode (person_id, kind, starts_on) "
                    + "select id, 'TTO_STAFF', date '2024-03-01' from person");
            assertThat(OldDatabase.query(base, "select count(*) from person_episode where kind = 'TTO_STAFF'"))
                    .isEqualTo("1");
        }
    }
}
