package org.transferdesk.reward;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON of {@code export distributions}: an array of distributions with their receipts and lines.
 * Amounts are strings in yuan with two decimals ("1300180.00"); {@code rate}, {@code share} and
 * {@code equityShare} are decimal-fraction strings ("0.7", "0.4") so no reader rounds them through a
 * double; dates are ISO; enums are their names; absent values are null. The field order is fixed.
 * {@code unitParts} lists the university part's lines (R-UNIT-SPLIT; empty when it was not split).
 */
public final class DistributionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DistributionJson() {
    }

    public static String toJson(List<ExportedDistribution> distributions) {
        ArrayNode array = MAPPER.createArrayNode();
        for (ExportedDistribution e : distributions) {
            array.add(node(e));
        }
        try {
            return MAPPER.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of strings always serializes
        }
    }

    private static ObjectNode node(ExportedDistribution e) {
        Distribution d = e.distribution();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("contractNo", d.contractNo());
        ArrayNode receipts = n.putArray("receipts");
        for (DistributedReceipt r : d.receipts()) {
            ObjectNode rn = receipts.addObject();
            rn.put("date", date(r.receivedOn()));
            rn.put("amount", amount(r.amount()));
        }
        Figures f = d.figures();
        n.put("gross", amount(f.gross()));
        n.put("deducted", amount(f.deducted()));
        n.put("net", amount(f.net()));
        n.put("rate", fraction(f.rate()));
        n.put("pool", amount(f.pool()));
        n.put("universityPart", amount(f.universityPart()));
        ArrayNode units = n.putArray("unitParts");
        for (UnitPart u : d.unitParts()) {
            ObjectNode un = units.addObject();
            un.put("unit", u.unit().name());
            un.put("name", u.name());
            un.put("share", fraction(u.share()));
            un.put("amount", amount(u.amount()));
        }
        n.put("status", d.status().name());
        ArrayNode lines = n.putArray("lines");
        for (int i = 0; i < d.lines().size(); i++) {
            DistributionLine l = d.lines().get(i);
            ObjectNode ln = lines.addObject();
            ln.put("staffNo", l.staffNo());
            ln.put("name", l.name());
            ln.put("share", fraction(l.share()));
            ln.put("amount", amount(l.amount()));
            ln.put("equityShare", d.kind() == DistributionKind.EQUITY ? fraction(l.equityShare()) : null);
            ln.put("keyContributor", l.keyContributor());
            ln.put("leaderRole", l.leaderRole().name());
            ln.put("waived", l.waived());
            ln.put("taxExempt58", amount(e.exemptPart(i)));
            ln.put("paidOn", date(l.paidOn()));
            ln.put("taxWithheld", amount(l.taxWithheld()));
        }
        return n;
    }

    /** Yuan with exactly two decimals, never in exponent form. */
    public static String amount(BigDecimal value) {
        return value == null ? null : org.transferdesk.common.Money.of(value).toPlainString();
    }

    /** A fraction as its shortest exact decimal: 0.70 → "0.7", 0 → "0". */
    public static String fraction(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
