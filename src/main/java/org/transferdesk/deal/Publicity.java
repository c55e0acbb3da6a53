package org.transferdesk.deal;

import java.time.LocalDate;
import java.util.List;

/** R-PUB-PRICE: the price publicity of a negotiated deal (start, last day, where, what, objections). */
public record Publicity(LocalDate startsOn, LocalDate endsOn, String place, String content, List<Objection> objections) {
    public Publicity {
        objections = List.copyOf(objections);
    }

    public boolean hasOpenObjections() {
        return objections.stream().anyMatch(Objection::isOpen);
    }
}
