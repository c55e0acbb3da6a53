package org.transferdesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferdesk.db.jooq.Tables.DEAL;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.transferdesk.TestDatabase;
import org.transferdesk.common.ProgressSink;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.Receipt;
import org.junit.jupiter.api.Tag;

/**
 * Excel 97–2003 (.xls) and WPS (.et) ledgers import like .xlsx ones: typed dates and percentages, hidden rows
 * left out, and a contract number merged over its receipts filled into each of them.
 */
@Tag(TestDatabase.TAG)
class LedgerOldFormatsTest extends LedgerImportTestBase {
    LedgerOldFormatsTest() {
        super(TestDatabase.CLOCK);
    }

    private Path workbook(String name) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            Sheet contracts = wb.createSheet("合同台账");
            row(contracts, 0, "合同编号", "转化方式", "签订日期", "合同金额（万元）", "对方名称", "持股比例");
            Row c1 = row(contracts, 1, "C1", "作价入股", null, null, "甲公司", null);
            c1.createCell(2).setCellValue(LocalDate.of(2024, 3, 5));
            c1.getCell(2).setCellStyle(date);
            c1.createCell(3).setCellValue(80);
            c1.createCell(5).setCellValue(0.2);
            c1.getCell(5).setCellStyle(percent);
            Row voided = row(contracts, 2, "C9", "转让", "2024-03-06", null, "作废公司", null);
            voided.createCell(3).setCellValue(1);
            voided.setZeroHeight(true);
            Sheet receipts = wb.createSheet("到账");
            row(receipts, 0, "合同编号", "到账日期", "金额", "凭证号");
            row(receipts, 1, "C1", "2024-04-01", null, "V-1").createCell(2).setCellValue(300_000);
            row(receipts, 2, null, "2024-05-01", null, "V-2").createCell(2).setCellValue(500_000);
            receipts.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            try (OutputStream out = Files.newOutputStream(tmp.resolve(name))) {
                wb.write(out);
            }
        }
        return tmp.resolve(name);
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
        return row;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"台账.xls", "台账.et"})
    void anOldExcelOrWpsWorkbook_importsWithItsUnitsPercentagesHiddenRowsAndMergedCells(String name) throws IOException {
        ImportPreview preview = importer.preview(workbook(name), false, ProgressSink.NONE);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.notices()).extracting(ImportError::key).contains("ledger.notice.sheetAs", "ledger.notice.wan",
                "ledger.notice.hiddenRows", "ledger.notice.valueAs");
        importer.commit(preview, ProgressSink.NONE);

        Deal c1 = deal("C1");
        assertThat(c1.signedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(c1.contractAmount()).isEqualTo(new BigDecimal("800000.00"));
        assertThat(c1.equity().universityShare().percent()).isEqualByComparingTo("20");
        assertThat(c1.receipts()).extracting(Receipt::voucherNo, Receipt::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("V-1", new BigDecimal("300000.00")),
                org.assertj.core.groups.Tuple.tuple("V-2", new BigDecimal("500000.00")));
        assertThat(db.dsl().fetchCount(DEAL)).as("the hidden C9 is left out").isEqualTo(1);
    }
}
