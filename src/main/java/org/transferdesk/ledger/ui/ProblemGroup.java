package org.transferdesk.ledger.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.transferdesk.common.I18n;
import org.transferdesk.ledger.ImportError;

/**
 * Problems of a check grouped by cause — the same message key in the same column of the same sheet — so 58 cells with
 * one cause are one line ("58 处：…"), with the first cell and, where the mapping step answers it, the line to go to.
 */
public record ProblemGroup(String sheet, String column, String key, int count, int firstRow, String example,
                           MappingRow fix) {

    public String summary() {
        return count == 1 ? example : I18n.t("import.group.summary", count, example);
    }

    static List<ProblemGroup> of(List<ImportError> errors, List<MappingRow> mapping) {
        Map<List<String>, List<ImportError>> byCause = new LinkedHashMap<>();
        for (ImportError e : errors) {
            byCause.computeIfAbsent(List.of(e.sheet(), e.column(), e.key()), k -> new ArrayList<>()).add(e);
        }
        List<ProblemGroup> groups = new ArrayList<>();
        byCause.forEach((cause, list) -> {
            ImportError first = list.get(0);
            groups.add(new ProblemGroup(first.sheet(), first.column(), first.key(), list.size(), first.row(),
                    first.message(), fixFor(first, mapping)));
        });
        return groups;
    }

    /** The mapping line that answers a problem, when the mapping step can. */
    private static MappingRow fixFor(ImportError e, List<MappingRow> mapping) {
        Object[] args = e.args();
        String topic = switch (e.key()) {
            case "ledger.value.unmapped" -> "mapping.topic.value";
            case "ledger.percent.ask" -> "mapping.topic.fraction";
            case "ledger.inventors.askShares" -> "mapping.topic.shares";
            case "ledger.inventors.sameName" -> "mapping.topic.name";
            case "validation.inventors.noKey" -> "mapping.topic.key";
            case "ledger.column.missing", "ledger.column.twice" -> "mapping.topic.column";
            default -> null;
        };
        if (topic == null) {
            return null;
        }
        return mapping.stream().filter(r -> r.topicKey().equals(topic)).filter(r -> switch (e.key()) {
            case "ledger.value.unmapped" -> r.where().equals(e.column()) && Objects.equals(r.what(), args[0]);
            case "ledger.percent.ask" -> r.where().equals(e.column());
            case "ledger.inventors.sameName" -> Objects.equals(r.what(), args[0]);
            case "validation.inventors.noKey" -> r.firstRow() == e.row();
            // a missing column is found by mapping one of the sheet's headers to it: the first one left out
            case "ledger.column.missing", "ledger.column.twice" -> r.where().equals(e.sheet()) && r.needsAttention();
            default -> true;
        }).findFirst().orElse(null);
    }
}
