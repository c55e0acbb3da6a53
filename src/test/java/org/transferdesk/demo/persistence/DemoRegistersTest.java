package org.transferdesk.demo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferdesk.TestDatabase;
import org.transferdesk.bootstrap.AppContext;
import org.transferdesk.bootstrap.DataFolder;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Province;
import org.transferdesk.demo.DemoService;
import org.transferdesk.institution.InstitutionKind;
import org.transferdesk.institution.JointInstitution;
import org.transferdesk.report.AnnualReport;

/**
 * The demo fills the registers the annual report reads (R-REPORT-MORE), so its 共建机构, 专职人员 and 本地转化 lines
 * are not empty: the clock is in 2026, so the report year is 2025.
 */
class DemoRegistersTest {
    @TempDir
    Path tmp;

    private AppContext context;

    @AfterEach
    void tearDown() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void demo_recordsInstitutionsWithItsCounterparties_officeStaff_andTheUnitsProvince() throws IOException {
        context = new AppContext(new DataFolder(tmp.resolve("data")).create(),
                Database.openInMemory("demo-registers-" + UUID.randomUUID()), TestDatabase.CLOCK);
        int peopleBefore = 40;
        context.demo().fill(peopleBefore, 60, DemoService.DEFAULT_SEED, ProgressSink.NONE);

        assertThat(context.institutions().findAll()).extracting(JointInstitution::kind)
                .containsExactlyInAnyOrder(InstitutionKind.JOINT_RD, InstitutionKind.TRANSFER_BODY,
                        InstitutionKind.PLATFORM);
        assertThat(context.institutions().findAll()).allSatisfy(i -> assertThat(i.counterpartyId()).isNotNull());
        assertThat(context.rewardPolicies().unitProfile().province()).isEqualTo(Province.SHAANXI);

        AnnualReport lastYear = context.reports().figures(2025);
        // the platform closed in 2025 still existed in it; founded 2023 and 2024, the other two run
        assertThat(lastYear.institutions().count()).isEqualTo(3);
        assertThat(context.reports().figures(2026).institutions().count()).isEqualTo(2);
        assertThat(lastYear.office().transferOffice()).isTrue();
        assertThat(lastYear.office().fullTimeStaff()).isEqualTo(2);
        assertThat(context.reports().figures(2021).office().fullTimeStaff()).isEqualTo(1);
        assertThat(lastYear.counterparties().local()).isNotNull();
        // the two office staff are people of their own, not the generated researchers
        assertThat(context.people().findAll()).hasSize(peopleBefore + 2);
    }
}
