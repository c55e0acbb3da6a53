package org.transferdesk.ledger;

import static org.transferdesk.ledger.TestWorkbook.row;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A small office ledger as offices keep it, not as the template has it: worksheets named 人员名单/成果清单/合同台账/
 * 到账明细 and a stray Sheet3, title and units rows, 万元 headers, other column names, 作价入股 and a value no table
 * knows (技术合作), a bare fraction as a share, inventors by name without shares and a name two people share. Used by
 * the mapping tests, the wizard's TestFX test and the README's walk-through.
 */
public final class MessyLedger {
    /** The questions only the clerk can answer for this ledger: 技术合作, 0.2, equal shares, which 王五, R1's key contributor. */
    public static final int QUESTIONS = 5;

    private MessyLedger() {
    }

    public static Path write(Path file) throws IOException {
        return TestWorkbook.create()
                .sheet("人员名单",
                        row("科技成果转化台账——人员"),
                        row("工号", "姓名", "所在学院", "身份证号码"),
                        row("T001", "张三", "材料学院", null),
                        row("T002", "李四", "化学学院", null),
                        row("T003", "王五", "材料学院", null),
                        row("T004", "王五", "化学学院", null))
                .sheet("成果清单",
                        row("成果编号", "成果名称", "披露日期", "成果类型", "经费来源", "完成人"),
                        row("R1", "一种高强度复合材料", "2023/3/1", "发明", "纵向", "张三、李四"),
                        row("R2", "一种催化剂的制备方法", "2023年5月8日", "发明", "横向", "王五(100%)*"),
                        row("R3", "材料检测软件V1.0", "20230901", "软著", "自筹经费", "T001:60*;T002:40"))
                .sheet("合同台账",
                        row("2024年度科技成果转化合同台账"),
                        row("单位：万元"),
                        row("合同编号", "转化方式", "签订日期", "合同金额（万元）", "合同对方", "占股比例", "关联成果", "备注"),
                        row("HT-2024-01", "作价入股", "2024-03-05", 120, "甲材料科技有限公司", 0.2, "R1", "董事会已批"),
                        row("HT-2024-02", "技术合作", "2024-06-18", 35.5, "乙化工有限公司", null, "R2", null),
                        row("HT-2024-03", "技术合作", "2024-09-02", 8, "丙软件有限公司", null, "R3", null),
                        row("HT-2024-04", "普通许可", "2024-10-10", 12.345, "丁制造有限公司", null, "R3", null))
                .sheet("到账明细",
                        row("合同编号", "到账日期", "到账金额（万元）", "凭证号"),
                        row("HT-2024-02", "2024-07-01", 20, "PZ-0701"),
                        row("HT-2024-02", "2024-12-20", 15.5, "PZ-1220"),
                        row("HT-2024-04", "2024-11-01", 12.345, "PZ-1101"))
                .sheet("Sheet3", row("草稿"), row("不要导入"))
                .writeTo(file);
    }
}
