package org.transferdesk.deal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.settings.OfficeSettings;

/** Builds a deal's price-publicity notice (R-PUB-PRICE) with the office settings in force, for the GUI and the CLI. */
public final class PublicityNoticeService {
    /** Where objections go: an office setting with a date of effect (a default text when absent). */
    public static final String OBJECTION_CONTACT = "publicity.objectionContact";

    private final DisclosureService disclosures;
    private final OfficeSettings office;
    private final Clock clock;

    public PublicityNoticeService(DisclosureService disclosures, OfficeSettings office, Clock clock) {
        this.disclosures = disclosures;
        this.office = office;
        this.clock = clock;
    }

    public PublicityNotice noticeFor(Deal deal) {
        Map<String, String> types = new HashMap<>();
        for (ResultRef r : deal.results()) {
            disclosures.find(r.disclosureId()).filter(d -> d.resultType() != null)
                    .ifPresent(d -> types.put(r.resultNo(), d.resultType().label()));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate start = deal.publicity() == null ? today : deal.publicity().startsOn();
        return PublicityNotice.of(deal, types, office.valueOn(OBJECTION_CONTACT, start).orElse(null), today,
                office.pricePublicityDays(start));
    }
}
