package org.transferdesk.reward;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Tag;
import org.transferdesk.TestDatabase;
import org.transferdesk.db.Database;
import org.transferdesk.deal.Deal;
import org.transferdesk.people.LeaderRole;
import org.transferdesk.reward.persistence.DistributionRepository;

/**
 * What the distribution tests share: a fresh database (closed after each test) with E1's team, the distribution
 * service on the Beijing policy (70%, as E1) and the repository under it.
 */
@Tag(TestDatabase.TAG)
public abstract class E1DistributionTestBase {
    @AutoClose
    protected final Database db = TestDatabase.fresh();
    protected final DistributionService service =
            new RewardServices(db, RewardPolicy.Preset.BEIJING.policy()).distributions;
    protected final DistributionRepository repository = new DistributionRepository(db.dsl());
    protected final RewardFixture fixture = new RewardFixture(db.dsl()).e1Team(LeaderRole.NONE);

    /** The cash proposal for the deal's first receipt. */
    protected Distribution proposeFirstReceipt(Deal deal) {
        return service.proposeCash(deal.id(), List.of(deal.receipts().get(0).id())).distribution();
    }

    /** The cash proposal for the deal's first receipt, saved as a draft. */
    protected Distribution draftOfFirstReceipt(Deal deal) {
        return service.saveDraft(proposeFirstReceipt(deal));
    }

    /** E1's licence under this contract number, publicised from 2026-10-12 and approved on 2026-11-10. */
    protected Distribution approvedE1(String contractNo) {
        Distribution d = draftOfFirstReceipt(fixture.e1Licence(contractNo, true));
        LocalDate from = LocalDate.of(2026, 10, 12);
        service.publicise(d.id(), from, service.earliestPublicityEnd(from), "科奖公示〔2026〕7号");
        return service.approve(d.id(), LocalDate.of(2026, 11, 10), "校长办公会");
    }
}
