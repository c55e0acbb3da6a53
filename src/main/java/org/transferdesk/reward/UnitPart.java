package org.transferdesk.reward;

import java.math.BigDecimal;
import org.transferdesk.common.Labeled;

/**
 * R-UNIT-SPLIT: one line of the university's part of a distribution — 学校, a 学院 (named after the result's
 * department) or the technology-transfer office — with its share of net income (a fraction; 学校's includes
 * what neither the team nor the other units get) and its amount in yuan. Kept with the distribution, so a
 * later policy never rewrites a split already made.
 */
public record UnitPart(Unit unit, String name, BigDecimal share, BigDecimal amount) {
    /** Who holds the part. */
    public enum Unit implements Labeled {
        UNIVERSITY, SCHOOL, TRANSFER_OFFICE;

        @Override
        public String labelPrefix() {
            return "unitPart";
        }
    }

    public UnitPart {
        name = name == null ? "" : name.strip();
    }

    /** "学院（材料学院）" for a named school, else the unit's label. */
    public String label() {
        return name.isEmpty() ? unit.label() : unit.label() + "（" + name + "）";
    }
}
