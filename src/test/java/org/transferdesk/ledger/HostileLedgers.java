package org.transferdesk.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/**
 * Generates malformed and hostile ledger files from a fixed seed (issue 19 fuzz suite): the corpus is this code, not
 * files. Each case is a file name and its bytes; {@link #corpus} is the same list on every run.
 */
public final class HostileLedgers {
    /** One generated input: its file name (what the clerk picked) and content. */
    public record Case(String label, String fileName, byte[] bytes) {
        @Override
        public String toString() {
            return label + " (" + fileName + ", " + bytes.length + " bytes)";
        }
    }

    public static final String[] CONTRACT_HEADER = {"合同编号", "合同名称", "成果编号", "受让方", "合同金额", "签订日期", "转化方式"};

    /** Amounts no column can hold, or that no clerk means. */
    static final String[] AMOUNTS = {"NaN", "Infinity", "-Infinity", "∞", "1e309", "1E+17", "1e308", "-5", "-0.01", "0.001",
        "12.345", "１２３４５", "1,2,3", "0x1F", "", " ", "1e-400", "99999999999999999999999.99", "¥1,000.00", "一万",
        "1.0E2", "+7", "--3", "3-", "9".repeat(400)};

    /** Dates that do not exist, are outside any plausible range, or are not dates. */
    static final String[] DATES = {"2024-02-30", "2023-02-29", "2024-13-01", "0000-01-01", "1582-10-10", "9999-12-31",
        "-0001-01-01", "2024/02/30", "２０２４-０１-０１", "2024-1-1", "20240101", "2024-01-01T25:00", "昨天", "1e309",
        "NaN", "99999", "-1"};

    /** Text a clerk would not type: control and full-width characters, injections, traversal, very long text. */
    static final String[] TEXTS = {"=HYPERLINK(\"http://x\",\"y\")", "=cmd|'/C calc'!A0", "@SUM(1)", "-2+3", "+1",
        "'; DROP TABLE deal; --", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "../../../etc/passwd",
        "..\\..\\windows\\win.ini", "\u0000\u0001\u0002", "a\u202Eb", "\uFEFF合同", "ＡＢＣ１２３", "\t\r\n", "\uD800",
        "𠀀𠀁", "%s%n%x", "{0}{1}", "\\u0000", "null", "NULL", "Ａ－２０２４－０００１", "合同\u0007编号"};

    /** Sheet and file names: traversal, reserved, empty, duplicated. */
    static final String[] NAMES = {"../合同", "..\\..\\合同", "/etc/合同", "合同\u0000", "CON", "合同 ", "", "合同/到账",
        "合同:1", "ＨＥＴＯＮＧ", "合同合同", "成果转化合同", "=合同", "合同\n"};

    /** LedgerLimits.MAX_ROWS, the data rows one sheet may hold. */
    static final int MAX_ROWS = 100_000;

    private HostileLedgers() {
    }

    /** At least 1,000 cases from {@code seed}. */
    public static List<Case> corpus(long seed) throws IOException {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        byte[] good = goodXlsx();
        byte[] goodXls = goodXls();
        byte[] goodCsv = csv(CONTRACT_HEADER, new String[][] {
            {"HT-2024-0001", "一种材料的转让", "", "甲公司", "100000.00", "2024-03-01", "TRANSFER"}});
        cases.add(new Case("good xlsx", "合同.xlsx", good));
        cases.add(new Case("good csv", "合同.csv", goodCsv));
        cases.add(new Case("xls renamed xlsx", "ledger.xlsx", goodXls));
        cases.add(new Case("xlsx renamed xls", "ledger.xls", good));
        cases.add(new Case("xlsx renamed csv", "合同.csv", good));
        cases.add(new Case("csv renamed xlsx", "ledger.xlsx", goodCsv));
        cases.add(new Case("empty xlsx", "ledger.xlsx", new byte[0]));
        cases.add(new Case("empty xls", "ledger.xls", new byte[0]));
        cases.add(new Case("empty csv", "合同.csv", new byte[0]));
        for (int i = 0; i < 60; i++) {
            byte[] noise = new byte[random.nextInt(4096)];
            random.nextBytes(noise);
            String ext = List.of(".xlsx", ".xls", ".csv", ".et", ".xlsm").get(i % 5);
            cases.add(new Case("random bytes", (ext.equals(".csv") ? "合同" : "ledger") + ext, noise));
        }
        for (int i = 0; i < 80; i++) {
            byte[] source = i % 2 == 0 ? good : goodXls;
            int cut = random.nextInt(source.length);
            cases.add(new Case("truncated at " + cut, "ledger" + (i % 2 == 0 ? ".xlsx" : ".xls"),
                    Arrays.copyOf(source, cut)));
        }
        for (int i = 0; i < 120; i++) {
            byte[] source = (i % 3 == 0 ? goodXls : good).clone();
            int flips = 1 + random.nextInt(8);
            for (int f = 0; f < flips; f++) {
                int at = random.nextInt(source.length);
                source[at] ^= (byte) (1 << random.nextInt(8));
            }
            cases.add(new Case(flips + " bit flips", "ledger" + (i % 3 == 0 ? ".xls" : ".xlsx"), source));
        }
        // wrong encodings of a good CSV
        String text = new String(goodCsv, StandardCharsets.UTF_8);
        for (String charset : List.of("UTF-16LE", "UTF-16BE", "UTF-32", "Shift_JIS", "ISO-8859-1", "Big5", "GB18030",
                "windows-1252", "EUC-KR")) {
            cases.add(new Case("csv in " + charset, "合同.csv", text.getBytes(Charset.forName(charset))));
        }
        // hostile cell values in every sheet format
        for (int i = 0; i < 120; i++) {
            String[] row = {"HT-" + i, pick(random, TEXTS), pick(random, TEXTS), pick(random, TEXTS),
                pick(random, AMOUNTS), pick(random, DATES), pick(random, TEXTS)};
            String[][] rows = {row};
            cases.add(new Case("hostile values csv", "合同.csv", csv(CONTRACT_HEADER, rows)));
            cases.add(new Case("hostile values xlsx", "ledger.xlsx", xlsx(Map.of("合同", table(CONTRACT_HEADER, rows)))));
            if (i % 4 == 0) {
                cases.add(new Case("hostile values xls", "ledger.xls", xls("合同", CONTRACT_HEADER, rows)));
            }
        }
        for (String amount : AMOUNTS) {
            String[][] rows = {{"HT-1", "转让", "", "甲公司", amount, "2024-03-01", "TRANSFER"}};
            cases.add(new Case("amount " + amount, "合同.csv", csv(CONTRACT_HEADER, rows)));
            cases.add(new Case("amount " + amount, "ledger.xlsx", xlsx(Map.of("合同", table(CONTRACT_HEADER, rows)))));
            cases.add(new Case("numeric amount " + amount, "ledger.xlsx",
                    xlsx(Map.of("合同", "<row r=\"1\">" + inlineRow(CONTRACT_HEADER) + "</row><row r=\"2\">"
                            + inlineRow(new String[] {"HT-1", "转让", "", "甲公司"}) + "<c><v>" + xml(amount)
                            + "</v></c></row>"))));
        }
        for (String date : DATES) {
            String[][] rows = {{"HT-1", "转让", "", "甲公司", "100.00", date, "TRANSFER"}};
            cases.add(new Case("date " + date, "合同.csv", csv(CONTRACT_HEADER, rows)));
            cases.add(new Case("date " + date, "ledger.xlsx", xlsx(Map.of("合同", table(CONTRACT_HEADER, rows)))));
        }
        // serial date numbers far outside Excel's range, in a date-formatted cell
        for (String serial : List.of("-1", "0", "2958466", "1e309", "NaN", "99999999999", "-99999999999")) {
            cases.add(new Case("date serial " + serial, "ledger.xlsx", xlsxWithDateStyle(serial)));
        }
        // formulas, with and without a cached value
        for (String formula : List.of("1/0", "SUM(A1:A3)", "HYPERLINK(\"http://x\",\"y\")", "WEBSERVICE(\"http://x\")",
                "A2", "INDIRECT(\"A\"&ROW())", "1e309")) {
            for (String cached : List.of("", "<v>100</v>", "<v>#DIV/0!</v>", "<v>1e309</v>", "<v>NaN</v>")) {
                cases.add(new Case("formula " + formula, "ledger.xlsx", xlsx(Map.of("合同", "<row r=\"1\">"
                        + inlineRow(CONTRACT_HEADER) + "</row><row r=\"2\">" + inlineRow(new String[] {"HT-1", "转让", "",
                            "甲公司"}) + "<c><f>" + xml(formula) + "</f>" + cached + "</c></row>"))));
            }
        }
        // headers: missing, duplicated, blank, only a header, columns shifted
        List<String[]> headers = List.of(new String[] {"合同编号"}, new String[] {"合同编号", "合同编号", "合同金额", "合同金额"},
                new String[] {"", "", ""}, new String[] {"x", "y", "z"}, new String[] {"合同金额", "签订日期"},
                new String[] {"合同编号", "合同名称", "成果编号", "受让方", "合同金额", "签订日期", "转化方式", "合同编号"},
                new String[] {"\uFEFF合同编号", "合同名称"}, new String[] {"合同编号\u0000", "合同名称"});
        for (String[] header : headers) {
            String[][] rows = {{"HT-1", "转让", "", "甲公司", "100.00", "2024-03-01", "TRANSFER"}};
            cases.add(new Case("header " + String.join("|", header), "合同.csv", csv(header, rows)));
            cases.add(new Case("header " + String.join("|", header), "ledger.xlsx", xlsx(Map.of("合同", table(header, rows)))));
            cases.add(new Case("header only " + String.join("|", header), "合同.csv", csv(header, new String[0][])));
        }
        // sheet and file names
        for (String name : NAMES) {
            cases.add(new Case("sheet name " + name, "ledger.xlsx", xlsx(Map.of(name, table(CONTRACT_HEADER,
                    new String[][] {{"HT-1", "转让", "", "甲公司", "100.00", "2024-03-01", "TRANSFER"}})))));
            String file = name.replaceAll("[/\\\\\u0000:\n]", "_") + ".csv";
            cases.add(new Case("file name " + name, file.equals(".csv") ? "_.csv" : file, goodCsv));
        }
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("合同", table(CONTRACT_HEADER, new String[0][]));
        twice.put("2024年合同", table(CONTRACT_HEADER, new String[0][]));
        cases.add(new Case("contract sheet twice", "ledger.xlsx", xlsx(twice)));
        // broken package structure
        cases.addAll(brokenPackages());
        // XML attacks in every part the readers open
        cases.addAll(xmlAttacks());
        // sizes: long cells, many rows, zip bombs
        cases.addAll(oversized(random));
        // CSV structure: unterminated quotes, ragged rows, control characters as separators
        for (int i = 0; i < 60; i++) {
            StringBuilder s = new StringBuilder(String.join(",", CONTRACT_HEADER)).append("\r\n");
            int lines = 1 + random.nextInt(5);
            for (int l = 0; l < lines; l++) {
                int cells = random.nextInt(12);
                for (int c = 0; c < cells; c++) {
                    s.append(List.of("\"", "\"\"", ",", "\r", "\n", "\u0000", "x", "100.00", "\"a\"b", "2024-03-01",
                            pick(random, TEXTS), pick(random, AMOUNTS)).get(random.nextInt(12)));
                }
                s.append(random.nextBoolean() ? "\r\n" : "\n");
            }
            cases.add(new Case("csv structure", "合同.csv", s.toString().getBytes(StandardCharsets.UTF_8)));
        }
        // every sheet of the ledger with hostile rows, so each sheet's parser meets them
        String[][] sheets = {
            {"人员", "工号", "姓名", "院系", "身份证号"}, {"成果", "成果编号", "成果名称", "披露日期", "完成人"},
            {"知识产权", "成果编号", "类型", "申请号"}, {"到账", "合同编号", "到账日期", "到账金额"},
            {"费用", "合同编号", "费用类型", "金额"}, {"奖励发放", "合同编号", "工号", "发放日期", "金额"},
            {"赋权", "成果编号", "赋权日期", "比例"}};
        for (int i = 0; i < 140; i++) {
            String[] sheet = sheets[i % sheets.length];
            String[] header = Arrays.copyOfRange(sheet, 1, sheet.length);
            String[][] rows = new String[1 + random.nextInt(3)][];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = new String[header.length];
                for (int c = 0; c < header.length; c++) {
                    rows[r][c] = switch (random.nextInt(4)) {
                        case 0 -> pick(random, AMOUNTS);
                        case 1 -> pick(random, DATES);
                        case 2 -> pick(random, TEXTS);
                        default -> "T00" + random.nextInt(3) + (random.nextBoolean() ? ":60*;T002:40" : "");
                    };
                }
            }
            if (i % 2 == 0) {
                cases.add(new Case("hostile " + sheet[0], sheet[0] + ".csv", csv(header, rows)));
            } else {
                cases.add(new Case("hostile " + sheet[0], "ledger.xlsx", xlsx(Map.of(sheet[0], table(header, rows)))));
            }
        }
        return cases;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    public static byte[] csv(String[] header, String[][] rows) {
        StringBuilder s = new StringBuilder();
        s.append(line(header));
        for (String[] row : rows) {
            s.append(line(row));
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(String[] cells) {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) {
            quoted.add("\"" + c.replace("\"", "\"\"") + "\"");
        }
        return String.join(",", quoted) + "\r\n";
    }

    /** Sheet XML rows: a header and data rows of inline strings. */
    static String table(String[] header, String[][] rows) {
        StringBuilder s = new StringBuilder("<row r=\"1\">" + inlineRow(header) + "</row>");
        for (int r = 0; r < rows.length; r++) {
            s.append("<row r=\"").append(r + 2).append("\">").append(inlineRow(rows[r])).append("</row>");
        }
        return s.toString();
    }

    static String inlineRow(String[] cells) {
        StringBuilder s = new StringBuilder();
        for (String c : cells) {
            s.append("<c t=\"inlineStr\"><is><t>").append(xml(c)).append("</t></is></c>");
        }
        return s.toString();
    }

    /** XML-escaped; characters XML 1.0 cannot hold at all are written as they are, which is part of the test. */
    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A minimal workbook: one worksheet per entry of {@code sheets} (name → rows XML). */
    static byte[] xlsx(Map<String, String> sheets) {
        Map<String, byte[]> parts = parts(sheets);
        return zip(parts);
    }

    public static Map<String, byte[]> parts(Map<String, String> sheets) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.styles+xml\"/>");
        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                + "/styles\" Target=\"styles.xml\"/>");
        int n = 0;
        for (Map.Entry<String, String> sheet : sheets.entrySet()) {
            n++;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application"
                    + "/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"").append(xml(sheet.getKey())).append("\" sheetId=\"").append(n)
                    .append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org"
                    + "/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(n)
                    .append(".xml\"/>");
            parts.put("xl/worksheets/sheet" + n + ".xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + sheet.getValue() + "</sheetData></worksheet>"));
        }
        parts.put("[Content_Types].xml", utf8(types + "</Types>"));
        parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
        parts.put("xl/workbook.xml", utf8(workbook + "</sheets></workbook>"));
        parts.put("xl/_rels/workbook.xml.rels", utf8(rels + "</Relationships>"));
        parts.put("xl/sharedStrings.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"0\" uniqueCount=\"0\">"
                + "</sst>"));
        parts.put("xl/styles.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>"
                + "</styleSheet>"));
        return parts;
    }

    private static byte[] xlsxWithDateStyle(String serial) {
        return xlsx(Map.of("合同", "<row r=\"1\">" + inlineRow(CONTRACT_HEADER) + "</row><row r=\"2\">"
                + inlineRow(new String[] {"HT-1", "转让", "", "甲公司", "100.00"}) + "<c s=\"1\"><v>" + xml(serial)
                + "</v></c></row>"));
    }

    public static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The package {@code parts} with its one worksheet's content (sheetData and what follows it) replaced. */
    private static byte[] withSheet1(Map<String, byte[]> parts, String content) {
        Map<String, byte[]> changed = new LinkedHashMap<>(parts);
        changed.put("xl/worksheets/sheet1.xml", utf8("<worksheet xmlns=\"http://schemas.openxmlformats.org"
                + "/spreadsheetml/2006/main\">" + content + "</worksheet>"));
        return zip(changed);
    }

    private static List<Case> brokenPackages() {
        List<Case> cases = new ArrayList<>();
        String rows = "<row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>"
                + "<row r=\"2\"><c t=\"s\"><v>2</v></c><c t=\"s\"><v>3</v></c></row>";
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>工号</t></si><si><t>姓名</t></si><si><t>T001</t></si><si><t>张三</t></si></sst>";
        Map<String, byte[]> withSst = parts(Map.of("人员", rows));
        withSst.put("xl/sharedStrings.xml", utf8(sst));
        cases.add(new Case("shared strings present", "ledger.xlsx", zip(withSst)));
        for (String missing : List.of("xl/sharedStrings.xml", "xl/workbook.xml", "[Content_Types].xml", "_rels/.rels",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml")) {
            Map<String, byte[]> parts = new LinkedHashMap<>(withSst);
            parts.remove(missing);
            cases.add(new Case("missing " + missing, "ledger.xlsx", zip(parts)));
        }
        // a shared-string index beyond the table, negative, or not a number
        for (String index : List.of("4", "99999999", "-1", "x", "")) {
            cases.add(new Case("shared string index " + index, "ledger.xlsx", withSheet1(withSst,
                    "<sheetData>" + rows.replace("<v>3</v>", "<v>" + index + "</v>") + "</sheetData>")));
        }
        // malformed XML in each part
        for (String part : List.of("xl/sharedStrings.xml", "xl/workbook.xml", "[Content_Types].xml",
                "xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels")) {
            for (String junk : List.of("<unclosed>", "", "not xml at all", "<?xml version=\"1.0\"?><a></b>",
                    "\u0000\u0000")) {
                Map<String, byte[]> parts = new LinkedHashMap<>(withSst);
                parts.put(part, utf8(junk));
                cases.add(new Case("junk in " + part, "ledger.xlsx", zip(parts)));
            }
        }
        // cell references out of range or malformed; rows out of order
        for (String ref : List.of("XFE1", "A0", "A1048577", "ZZZZZZ9", "1A", "", "A-1", "A99999999999")) {
            String sheetData = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                    + "<c r=\"B1\" t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"" + ref + "\" t=\"s\"><v>2</v></c>"
                    + "</row></sheetData>";
            cases.add(new Case("cell ref " + ref, "ledger.xlsx", withSheet1(withSst, sheetData
                    + "<mergeCells count=\"1\"><mergeCell ref=\"A2:" + ref + "\"/></mergeCells>")));
            cases.add(new Case("unmerged cell ref " + ref, "ledger.xlsx", withSheet1(withSst, sheetData)));
        }
        for (String rowNumber : List.of("0", "-1", "1048577", "x", "99999999999")) {
            cases.add(new Case("row number " + rowNumber, "ledger.xlsx", withSheet1(withSst,
                    "<sheetData>" + rows.replace("r=\"2\"", "r=\"" + rowNumber + "\"") + "</sheetData>")));
        }
        // a zip whose entry names escape the package
        Map<String, byte[]> traversal = new LinkedHashMap<>(withSst);
        traversal.put("../../evil.xml", utf8("<x/>"));
        traversal.put("/abs/evil.xml", utf8("<x/>"));
        cases.add(new Case("zip entry traversal", "ledger.xlsx", zip(traversal)));
        // the same entry twice
        cases.add(new Case("duplicate zip entry", "ledger.xlsx", duplicateEntry(withSst)));
        return cases;
    }

    private static byte[] duplicateEntry(Map<String, byte[]> parts) {
        Map<String, byte[]> withCopy = new LinkedHashMap<>(parts);
        // ZipOutputStream refuses duplicate names, so the second copy goes in (last) under a name of the same length
        withCopy.put("xl/sharedStrings.xmL", utf8("<sst/>"));
        return zip(withCopy);
    }

    private static List<Case> xmlAttacks() {
        List<Case> cases = new ArrayList<>();
        String file = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        String http = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"http://127.0.0.1:1/xxe\">]>";
        String param = "<!DOCTYPE x [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/p.dtd\"> %p;]>";
        String laughs = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                + "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
                + "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">"
                + "<!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>";
        String external = "<!DOCTYPE x SYSTEM \"http://127.0.0.1:1/x.dtd\">";
        String rows = "<row r=\"1\"><c t=\"inlineStr\"><is><t>工号</t></is></c><c t=\"inlineStr\"><is><t>姓名</t></is></c>"
                + "</row><row r=\"2\"><c t=\"inlineStr\"><is><t>T001</t></is></c><c t=\"inlineStr\"><is><t>&xxe;</t></is>"
                + "</c></row>";
        for (String doctype : List.of(file, http, param, laughs, external)) {
            String body = doctype == laughs ? rows.replace("&xxe;", "&i;") : rows;
            for (String part : List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                    "[Content_Types].xml", "xl/styles.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels")) {
                Map<String, byte[]> parts = parts(Map.of("人员", body.replace("&xxe;", "x").replace("&i;", "x")));
                String original = new String(parts.get(part), StandardCharsets.UTF_8);
                String attacked = original.startsWith("<?xml")
                        ? original.replaceFirst("\\?>", "?>" + java.util.regex.Matcher.quoteReplacement(doctype))
                        : doctype + original;
                if (part.equals("xl/worksheets/sheet1.xml")) {
                    attacked = attacked.replace("<t>x</t></is></c></row></sheetData>",
                            "<t>" + (doctype == laughs ? "&i;" : "&xxe;") + "</t></is></c></row></sheetData>");
                }
                parts.put(part, utf8(attacked));
                cases.add(new Case("xml attack in " + part, "ledger.xlsx", zip(parts)));
            }
        }
        return cases;
    }

    private static List<Case> oversized(Random random) throws IOException {
        List<Case> cases = new ArrayList<>();
        // a zip bomb: one 1 GiB text cell in the shared strings, deflated to about a megabyte
        cases.add(new Case("1 GiB shared string", "ledger.xlsx", bomb("xl/sharedStrings.xml",
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>", 1L << 30,
                "</t></si></sst>", "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>")));
        cases.add(new Case("1 GiB inline cell", "ledger.xlsx", bomb("xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c t=\"inlineStr\"><is><t>", 1L << 30, "</t></is></c></row></sheetData></worksheet>",
                "")));
        cases.add(new Case("300 MiB styles", "ledger.xlsx", bomb("xl/styles.xml",
                "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x>", 300L << 20,
                "</x></styleSheet>", "")));
        // a cell longer than Excel allows (32,767 characters), not compressible
        StringBuilder longText = new StringBuilder();
        while (longText.length() < 40_000) {
            longText.append((char) ('a' + random.nextInt(26)));
        }
        String[][] longRow = {{"HT-1", longText.toString(), "", "甲公司", "100.00", "2024-03-01", "TRANSFER"}};
        cases.add(new Case("40,000-character cell", "ledger.xlsx", xlsx(Map.of("合同", table(CONTRACT_HEADER, longRow)))));
        cases.add(new Case("40,000-character cell", "合同.csv", csv(CONTRACT_HEADER, longRow)));
        // a CSV line of 2 MB without a line break, and an unterminated quote to the end of the file
        cases.add(new Case("2 MB CSV line", "合同.csv", utf8(String.join(",", CONTRACT_HEADER) + "\r\n"
                + "x,".repeat(1 << 20))));
        cases.add(new Case("unterminated quote", "合同.csv", utf8(String.join(",", CONTRACT_HEADER) + "\r\n\""
                + "y".repeat(1 << 20))));
        // more rows than a sheet may hold
        StringBuilder many = new StringBuilder("工号,姓名\r\n");
        for (int i = 0; i < MAX_ROWS + 10; i++) {
            many.append('T').append(i).append(",x\r\n");
        }
        cases.add(new Case("too many CSV rows", "人员.csv", utf8(many.toString())));
        StringBuilder manyXml = new StringBuilder();
        for (int i = 1; i <= MAX_ROWS + 10; i++) {
            manyXml.append("<row r=\"").append(i).append("\"><c><v>").append(i).append("</v></c></row>");
        }
        cases.add(new Case("too many xlsx rows", "ledger.xlsx", xlsx(Map.of("人员", manyXml.toString()))));
        // 16,384 columns in one row
        StringBuilder wide = new StringBuilder("<row r=\"1\">");
        for (int i = 0; i < 16_384; i++) {
            wide.append("<c><v>").append(i).append("</v></c>");
        }
        cases.add(new Case("16,384 columns", "ledger.xlsx", xlsx(Map.of("人员", wide + "</row>"))));
        return cases;
    }

    /**
     * A workbook whose {@code part} is {@code head}, then {@code size} bytes of 'a', then {@code tail}, deflated as
     * it is written so the test never holds the expanded text.
     */
    public static byte[] bomb(String part, String head, long size, String tail, String sheetRows) throws IOException {
        Map<String, byte[]> parts = parts(Map.of("人员", sheetRows));
        parts.remove(part);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(part));
            zip.write(utf8(head));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
            }
            zip.write(utf8(tail));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A good .xls with one contract, for the renamed and truncated cases. */
    private static byte[] goodXls() throws IOException {
        return xls("合同", CONTRACT_HEADER, new String[][] {
            {"HT-2024-0001", "一种材料的转让", "", "甲公司", "100000.00", "2024-03-01", "TRANSFER"}});
    }

    public static byte[] xls(String sheetName, String[] header, String[][] rows) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(sheetName.replaceAll("[\\[\\]*?/\\\\:]", "_"));
            var h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    String v = rows[r][c];
                    // over 32,767 characters POI refuses to write; the limit is the format's
                    row.createCell(c).setCellValue(v.length() > 32_767 ? v.substring(0, 32_767) : v);
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] goodXlsx() throws IOException {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("hostile", ".xlsx");
        try {
            TestWorkbook.create().sheet("合同", TestWorkbook.row((Object[]) CONTRACT_HEADER),
                    TestWorkbook.row("HT-2024-0001", "一种材料的转让", null, "甲公司", new java.math.BigDecimal("100000.00"),
                            java.time.LocalDate.of(2024, 3, 1), "TRANSFER")).writeTo(tmp);
            return java.nio.file.Files.readAllBytes(tmp);
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }
}
