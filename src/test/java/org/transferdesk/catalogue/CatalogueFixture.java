package org.transferdesk.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.transferdesk.catalogue.persistence.CatalogueRepository;
import org.transferdesk.ui.ScreenData;

/** The screen data's results with the catalogue service on the same test database. */
public final class CatalogueFixture implements AutoCloseable {
    public static final LocalDate CONSENT_DAY = LocalDate.of(2026, 11, 2);

    public final ScreenData data = new ScreenData().withSampleData();
    public final CatalogueService catalogue = new CatalogueService(new CatalogueRepository(data.db.dsl()), data.disclosures,
            data.audit, org.transferdesk.TestDatabase.CLOCK);

    /** A complete profile of the battery result: texts, offer, contact and consent. */
    public CatalogueProfile batteryProfile() {
        CatalogueProfile draft = catalogue.open(data.battery.id()).profile();
        return new CatalogueProfile(draft.id(), draft.disclosureId(),
                new CatalogueProfile.Texts("高能量密度锂电池正极材料", "High-energy cathode material for lithium batteries",
                        "一种高镍三元正极材料，循环寿命长，适用于动力电池。", "A high-nickel cathode with long cycle life."),
                new CatalogueProfile.Offer("新能源材料", List.of("动力电池", "储能"), DevelopmentStage.PILOT, 6,
                        Set.of(CooperationMode.LICENSE, CooperationMode.TRANSFER), "许可费面议"),
                new CatalogueEntry.Contact("周经理", "010-62780001", "zhou@example.edu.cn"),
                new CatalogueProfile.Consent(CONSENT_DAY, "clerk", "同意书 2026-03"), List.of(), false, false, null,
                draft.version());
    }

    @Override
    public void close() {
        data.close();
    }
}
