package org.transferdesk.pilot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.audit.AuditRowsOnH2;
import org.transferdesk.audit.AuditLabelsContract;
import org.transferdesk.audit.AuditVocabulary;
import org.transferdesk.common.Percent;
import org.transferdesk.db.Database;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.RewardFixture;
import org.junit.jupiter.api.Tag;

/** Issue 24 item 1: every field a pilot case's saves audit (on the case and on its result) reads under a label. */
@Tag(TestDatabase.TAG)
class PilotAuditLabelsTest extends AuditLabelsContract {
    PilotAuditLabelsTest() {
        super(new AuditVocabulary(PilotAuditLabels.all()));
    }

    @Override
    protected Stream<Arguments> auditedFields() throws java.io.IOException {
        Path dataRoot = Files.createTempDirectory("pilot-audit-labels");
        try (Database db = TestDatabase.fresh()) {
            RewardFixture fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE);
            PilotFixture pilots = new PilotFixture(db, dataRoot, ResultDeals.NONE);
            PilotService service = pilots.service;
            // the result's own rows belong to the disclosure labels: only what the case writes is looked at
            long fixtureRows = AuditRowsOnH2.lastId(db);
            PilotCase saved = service.save(PilotFixture.complete(service.draftFor(fixture.result.id()),
                    Percent.ofPercent("70")));
            PilotCase walked = pilots.walkTo(saved, PilotStep.REGISTERED);
            service.undoLastStep(walked, "录入错误");
            Path scan = Files.writeString(dataRoot.resolve("approval.pdf"), "%PDF-1.4 scan");
            service.attach(saved.id(), PilotStep.APPROVAL, scan);
            // the owners the case writes on its result need IP assets, which this result has none of: see below
            return AuditRowsOnH2.cases(db, fixtureRows, "pilot").toList().stream();
        }
    }

    @org.junit.jupiter.api.Test
    void theOwnersACaseWritesOnItsResultAreLabelled() {
        AuditRowsOnH2.assertLabelledInBothLanguages(labels, "disclosure", "ipOwners");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "teamShare|0.700000|70%",
        "useFee|120000.00|¥120,000.00",
        "maintenancePayer|TEAM|成果完成团队",
        "steps|APPLICATION 2024-09-02 科技处 李老师|申请 2024-09-02 科技处 李老师",
    })
    void valuesReadAsUsersKnowThem(String field, String stored, String shown) {
        assertShownInChinese("pilot", field, stored, shown);
    }
}
