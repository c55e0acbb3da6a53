package org.transferdesk.reward;

import org.transferdesk.deal.Province;

/**
 * The university as the tax filings name it (R-TAX58-FILING): its name, its unified social credit code
 * (empty when not yet recorded) and whether it is a non-profit unit (R-TAX58; default yes); and the province it
 * is in, so the report can tell 本地转化 (R-REPORT-MORE; null while not set).
 */
public record UnitProfile(String name, String creditCode, boolean nonProfit, Province province) {
    public UnitProfile {
        name = name == null ? "" : name.strip();
        creditCode = creditCode == null ? "" : creditCode.strip();
    }

    /** A profile whose province is not set. */
    public UnitProfile(String name, String creditCode, boolean nonProfit) {
        this(name, creditCode, nonProfit, null);
    }
}
