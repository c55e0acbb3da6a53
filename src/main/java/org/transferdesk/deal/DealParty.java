package org.transferdesk.deal;

/**
 * A deal's counterparty as the report counts conversion by industry and region (R-REPORT-MORE): its province
 * (本地转化 when it is the unit's own) and GB/T 4754 section, each null while not known.
 */
public record DealParty(long dealId, long counterpartyId, String counterpartyName, Province province,
                        IndustrySection industrySection) {

    /** 本地转化: the counterparty is in {@code unitProvince}; false when either is not known. */
    public boolean isLocal(Province unitProvince) {
        return unitProvince != null && unitProvince == province;
    }
}
