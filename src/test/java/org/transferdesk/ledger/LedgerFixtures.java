package org.transferdesk.ledger;

import static org.transferdesk.ledger.TestWorkbook.row;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small, valid ledger. Enum columns use the constants' names (which the import accepts), so these
 * fixtures do not depend on the wording of the labels in the bundles.
 */
final class LedgerFixtures {
    static final Object[][] PEOPLE = {
            row("工号", "姓名", "院系", "领导职务", "身份证号"),
            row("T001", "张三", "材料学院", "HEAD", "11010519491231002X"),
            row("T002", "李四", "材料学院", "NONE", null),
            row("T003", "王五", "计算机学院", null, null),
            row("T004", "赵六", null, null, null)};

    static final Object[][] RESULTS = {
            row("成果编号", "成果名称", "披露日期", "院系", "成果类型", "经费来源", "完成人"),
            row("R-2024-0001", "一种高效锂电池正极材料", "2024-03-01", "材料学院", "INVENTION_PATENT", "FISCAL",
                    "T001:40*;T002:25*;T003:20;T004:15"),
            row("R-2024-0002", "一种数据压缩方法", LocalDate.of(2024, 5, 10), "计算机学院", "SOFTWARE", null,
                    "T003:100*")};

    static final Object[][] IP = {
            row("成果编号", "类型", "申请号", "申请日", "授权日", "状态"),
            row("R-2024-0001", "INVENTION_PATENT", "CN202310123456.6", "2023-01-05", null, null),
            row("R-2024-0002", "SOFTWARE_COPYRIGHT", "2024SR012345", "2024-06-01", "2024-08-01", null)};

    /** 成果 as CSV: R1, T001's alone. */
    static final String R1_CSV = """
            成果编号,成果名称,披露日期,完成人
            R1,一种正极材料,2018-01-01,T001:100*
            """;

    /** The format's sheets in the order an import counts them. */
    private static final List<String> SHEETS = List.of("人员", "成果", "知识产权", "合同", "到账", "费用", "奖励发放", "赋权");

    private LedgerFixtures() {
    }

    /** An import's expected counts: the first sheets as given, each later sheet of the format read empty. */
    static SheetCounts[] restEmpty(SheetCounts... first) {
        return Stream.concat(Arrays.stream(first), SHEETS.subList(first.length, SHEETS.size()).stream()
                .map(sheet -> new SheetCounts(sheet, 0, 0, 0))).toArray(SheetCounts[]::new);
    }

    static TestWorkbook good() {
        return TestWorkbook.create().sheet("人员", PEOPLE).sheet("成果", RESULTS).sheet("知识产权", IP)
                .sheet("说明", row("填表说明"), row("每张表第一行为表头"));
    }
}
