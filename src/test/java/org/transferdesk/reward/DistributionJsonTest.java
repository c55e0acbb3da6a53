package org.transferdesk.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.transferdesk.TestDatabase;
import org.transferdesk.deal.Deal;
import org.junit.jupiter.api.Tag;

/** The JSON of {@code export distributions}: exact shape and E1's figures; invalid and revoked ones left out. */
@Tag(TestDatabase.TAG)
class DistributionJsonTest extends E1DistributionTestBase {
    /** E1, publicised, approved and paid to A and B on 2026-11-20. */
    private Distribution paidE1(String contractNo) {
        Distribution d = approvedE1(contractNo);
        return service.pay(d.id(), Set.of(0, 1), LocalDate.of(2026, 11, 20), "GZ-2026-11",
                Map.of(0, new BigDecimal("41605.76")));
    }

    @Test
    void e1_isExportedInTheExactShape() {
        paidE1("E1");

        ExportedDistribution.Selection selection = ExportedDistribution.select(service, 2024);

        assertThat(selection.leftOut()).isZero();
        assertThat(DistributionJson.toJson(selection.distributions()).replace("\r\n", "\n")).isEqualTo("""
                [ {
                  "contractNo" : "E1",
                  "receipts" : [ {
                    "date" : "2024-06-20",
                    "amount" : "2000000.00"
                  } ],
                  "gross" : "2000000.00",
                  "deducted" : "142600.00",
                  "net" : "1857400.00",
                  "rate" : "0.7",
                  "pool" : "1300180.00",
                  "universityPart" : "557220.00",
                  "unitParts" : [ ],
                  "status" : "APPROVED",
                  "lines" : [ {
                    "staffNo" : "R001",
                    "name" : "甲教授",
                    "share" : "0.4",
                    "amount" : "520072.00",
                    "equityShare" : null,
                    "keyContributor" : true,
                    "leaderRole" : "NONE",
                    "waived" : false,
                    "taxExempt58" : "260036.00",
                    "paidOn" : "2026-11-20",
                    "taxWithheld" : "41605.76"
                  }, {
                    "staffNo" : "R002",
                    "name" : "乙老师",
                    "share" : "0.25",
                    "amount" : "325045.00",
                    "equityShare" : null,
                    "keyContributor" : true,
                    "leaderRole" : "NONE",
                    "waived" : false,
                    "taxExempt58" : "162522.50",
                    "paidOn" : "2026-11-20",
                    "taxWithheld" : null
                  }, {
                    "staffNo" : "R003",
                    "name" : "丙博士",
                    "share" : "0.2",
                    "amount" : "260036.00",
                    "equityShare" : null,
                    "keyContributor" : false,
                    "leaderRole" : "NONE",
                    "waived" : false,
                    "taxExempt58" : "130018.00",
                    "paidOn" : null,
                    "taxWithheld" : null
                  }, {
                    "staffNo" : "R004",
                    "name" : "丁工程师",
                    "share" : "0.15",
                    "amount" : "195027.00",
                    "equityShare" : null,
                    "keyContributor" : false,
                    "leaderRole" : "NONE",
                    "waived" : false,
                    "taxExempt58" : "97513.50",
                    "paidOn" : null,
                    "taxWithheld" : null
                  } ]
                } ]""");
        assertThat(ExportedDistribution.select(service, 2025).distributions()).isEmpty();
    }

    @Test
    void aDistributionFailingValidation_andARevokedOne_areLeftOut() {
        paidE1("E1");
        Deal bad = fixture.e1Licence("BAD", true);
        Distribution proposal = service.proposeCash(bad.id(), List.of(bad.receipts().get(0).id())).distribution();
        List<DistributionLine> lines = proposal.lines();
        // a hand-edited draft whose lines no longer add up to the pool (R-ROUND)
        service.saveDraft(proposal.withLines(List.of(lines.get(0).withAmount(lines.get(0).share(),
                new BigDecimal("1.00"), "x"), lines.get(1), lines.get(2), lines.get(3)), "x"));
        Deal revoked = fixture.e1Licence("REV", true);
        Distribution r = service.saveDraft(service.proposeCash(revoked.id(), List.of(revoked.receipts().get(0).id()))
                .distribution());
        service.revoke(r.id(), LocalDate.of(2026, 11, 22), "录入错误");

        ExportedDistribution.Selection selection = ExportedDistribution.select(service, 2024);

        assertThat(selection.leftOut()).isEqualTo(2);
        assertThat(selection.distributions()).extracting(e -> e.distribution().contractNo()).containsExactly("E1");
    }
}
