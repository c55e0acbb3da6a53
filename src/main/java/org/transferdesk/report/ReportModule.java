package org.transferdesk.report;

import java.time.Clock;
import org.transferdesk.db.Database;
import org.transferdesk.report.persistence.ReportBenchmarkData;
import org.transferdesk.report.persistence.ReportModeSums;
import org.transferdesk.report.persistence.ReportRepository;
import org.transferdesk.report.persistence.ReportTextRepository;
import org.transferdesk.reward.RewardPolicyService;
import org.transferdesk.settings.OfficeSettings;

/**
 * The annual report wired (issue 23: composition by constructor). The unit's dated non-profit status (R-TAX58)
 * and province come from the reward policy settings, read afresh per report.
 */
public final class ReportModule {
    private final Database database;
    private final ReportService reports;

    public ReportModule(Database database, OfficeSettings office, RewardPolicyService policies, Clock clock) {
        this.database = database;
        this.reports = new ReportService(new ReportRepository(database.dsl()), new ReportModeSums(database.dsl()),
                new ReportTextRepository(database.dsl()), office, policies::nonProfitStatus, policies::unitProvinceOn, clock);
    }

    /** The annual conversion report (科技成果转化年度报告). */
    public ReportService reports() {
        return reports;
    }

    /** Generates benchmark records and runs the hand-written SQL aggregate (the report benchmark only). */
    public ReportBenchmarkData benchmarkData() {
        return new ReportBenchmarkData(database.dsl());
    }
}
