package org.transferdesk.deal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * 受让方 / 被许可方 / 被投资企业 / 委托方. De-duplicated by credit code and by {@link #nameKey}. {@code region} and
 * {@code industry} are the free text as first written (kept, never dropped); {@code province} and
 * {@code industrySection} are the structured values the report counts by (R-REPORT-MORE), null while unknown.
 */
public record Counterparty(Long id, String name, String creditCode, String region, Province province,
                           String industry, IndustrySection industrySection, EnterpriseSize size, String contact,
                           int version) {

    public static Counterparty create(String name) {
        return new Counterparty(null, name, null, null, null, null, null, null, null, 0);
    }

    /** Whether free text was written that no structured value stands for yet (a gap the user should fill). */
    public boolean regionUnmapped() {
        return province == null && region != null && !region.isBlank();
    }

    /** As {@link #regionUnmapped()}, for the industry. */
    public boolean industryUnmapped() {
        return industrySection == null && industry != null && !industry.isBlank();
    }

    /**
     * The name as compared for duplicates: full-width forms folded (（）→ ()), spaces and punctuation
     * removed, case ignored. "北京某某科技有限公司" and "北京某某科技 有限公司 " are the same counterparty.
     */
    public static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\s\\p{Punct}·、，。]", "");
    }
}
