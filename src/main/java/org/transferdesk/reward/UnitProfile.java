package org.transferdesk.reward;

/**
 * The university as the tax filings name it (R-TAX58-FILING): its name, its unified social credit code
 * (empty when not yet recorded) and whether it is a non-profit unit (R-TAX58; default yes).
 */
public record UnitProfile(String name, String creditCode, boolean nonProfit) {
    public UnitProfile {
        name = name == null ? "" : name.strip();
        creditCode = creditCode == null ? "" : creditCode.strip();
    }
}
