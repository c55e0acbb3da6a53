package org.transferdesk.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.Set;
import org.transferdesk.common.CreditCode;
import org.transferdesk.common.I18n;
import org.transferdesk.common.Labeled;
import org.transferdesk.common.PatentNumber;
import org.transferdesk.common.PersonIdNumber;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.disclosure.FundingSource;
import org.transferdesk.disclosure.ResultType;
import org.transferdesk.export.TableExport;
import org.transferdesk.ip.IpStatus;
import org.transferdesk.ip.IpType;
import org.transferdesk.ledger.LedgerColumn;
import org.transferdesk.ledger.LedgerSheet;
import org.transferdesk.people.LeaderRole;

/**
 * An office ledger in the import format (DOMAIN §9), as a clerk would have kept it, for benchmarks of the ledger
 * import: N results with one to four inventors each (shares adding up to 100%, a key contributor first) and one IP
 * right each (patent numbers with a valid check character, software copyrights); N contracts (transfer, licence,
 * equity and technical contracts, one counterparty with a valid credit code for every ten contracts, most converting
 * contracts with price publicity, most contracts registered) with their receipts (none, one or two instalments) and
 * some costs; and the people the inventors are (one for every five results, most with a valid ID number). Every date
 * lies before {@code today} and every amount adds up, so the whole ledger imports without an error; the same seed and
 * day give the same ledger. The sheets have the template's Chinese headers and values as the Chinese labels, as
 * {@code export ledger} writes them. Reward payments and pilot cases are not generated.
 */
public final class GeneratedLedger {
    /** The seed the benchmark uses, so every run and machine imports the same ledger. */
    public static final long DEFAULT_SEED = 20_240_601L;

    /** The sheets written, in import order (no reward payments or pilot cases). */
    public static final List<LedgerSheet> SHEETS = List.of(LedgerSheet.PEOPLE, LedgerSheet.RESULTS, LedgerSheet.IP,
            LedgerSheet.CONTRACTS, LedgerSheet.RECEIPTS, LedgerSheet.COSTS);

    private static final ResourceBundle CHINESE = ResourceBundle.getBundle(I18n.BUNDLE, I18n.CHINESE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM", Locale.ROOT);
    private static final String[] SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 郑 梁 谢 宋 唐 许 "
            + "韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 "
            + "欧阳 司马 诸葛").split(" ");
    private static final String GIVEN = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建国志文海东峰晨博然泽宏锋毅睿哲昊轩振立"
            + "芳娜敏静丽艳娟霞秀玲燕萍红婷雪琳颖慧莉倩洁晶欣悦佳怡璐楠蕾薇雯婧琪晓梦瑶涵";
    private static final List<String> DEPARTMENTS = List.of("计算机科学与技术学院", "材料科学与工程学院", "机械工程学院",
            "化学化工学院", "电子信息工程学院", "生命科学学院", "环境科学与工程学院", "能源与动力工程学院", "土木工程学院", "医学院",
            "药学院", "农学院", "物理学院", "数学与统计学院", "自动化学院", "交通运输学院");
    private static final List<String> REGIONS = List.of("110108", "310104", "320102", "330106", "420111", "440305",
            "510107", "610113", "120104", "370102");
    private static final List<String> SUBJECTS = List.of("锂离子电池正极材料", "钙钛矿太阳能电池", "桥梁结构健康监测",
            "工业机器人关节减速器", "城镇污水深度处理", "土壤重金属修复", "肿瘤早期筛查", "中药有效成分提取", "农作物病虫害识别",
            "遥感图像超分辨率重建", "电网短期负荷预测", "无人机集群协同控制", "高熵合金涂层", "柔性压力传感器", "医用水凝胶敷料",
            "毫米波阵列天线", "碳纤维复合材料构件", "氢燃料电池催化剂", "智能温室环境调控", "高速列车轴承故障诊断");
    private static final List<String> TECHNIQUES = List.of("", "", "一种", "基于深度学习的", "基于多源数据融合的",
            "低成本", "高效", "基于数字孪生的", "绿色");
    private static final List<String> METHOD_ENDINGS = List.of("方法", "制备方法", "系统及方法", "装置及方法", "检测方法");
    private static final List<String> CITIES = List.of("北京", "上海", "南京", "杭州", "武汉", "深圳", "成都", "西安",
            "天津", "济南", "苏州", "合肥", "长沙", "广州", "重庆", "青岛", "宁波", "无锡", "厦门", "郑州");
    private static final List<String> BRANDS = List.of("华创", "中科", "启明", "博远", "瑞丰", "恒通", "致远", "天成",
            "鼎新", "汇智", "正泰", "宏达", "海纳", "云帆", "金石", "众和", "嘉禾", "锐思", "凯盛", "新源", "同力", "卓越",
            "远航", "九州", "安泰", "永信", "华拓", "东升", "立达", "明德");
    private static final List<String> TRADES = List.of("新能源科技", "生物医药", "智能装备", "环保科技", "新材料",
            "信息技术", "电子科技", "农业科技", "检测技术", "精密机械");

    private final Map<LedgerSheet, List<List<Object>>> rows = new EnumMap<>(LedgerSheet.class);

    private GeneratedLedger() {
        for (LedgerSheet s : SHEETS) {
            rows.put(s, new ArrayList<>());
        }
    }

    /** {@code results} results and as many contracts, every date before {@code today}. */
    public static GeneratedLedger generate(int results, LocalDate today, long seed) {
        if (results < 1) {
            throw new IllegalArgumentException("results must be positive: " + results);
        }
        return new Maker(new GeneratedLedger(), results, today, new Random(seed)).make();
    }

    /** The data rows of one sheet (0 for a sheet this ledger does not have). */
    public int rows(LedgerSheet sheet) {
        return rows.getOrDefault(sheet, List.of()).size();
    }

    public int totalRows() {
        return rows.values().stream().mapToInt(List::size).sum();
    }

    /** The sheets as tables: Chinese sheet name, the template's headers, the rows. */
    public List<TableExport.Table> tables() {
        return SHEETS.stream().map(s -> new TableExport.Table(s.sheetName(),
                s.columns().stream().map(LedgerColumn::name).toList(), rows.get(s))).toList();
    }

    /** One workbook, as {@code export ledger OUT.xlsx} writes it (dates as date cells, amounts as numbers). */
    public void writeXlsx(Path file) {
        TableExport.writeXlsx(file, tables());
    }

    /** A folder of UTF-8 CSV files named after the sheets (人员.csv …), as {@code export ledger DIR} writes it. */
    public void writeCsvFolder(Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (TableExport.Table t : tables()) {
            TableExport.writeCsv(folder.resolve(t.name() + ".csv"), t.headers(), t.rows());
        }
    }

    /** The making of one ledger: a random source, the day, and what was made so far. */
    private static final class Maker {
        private final GeneratedLedger ledger;
        private final int results;
        private final LocalDate today;
        private final LocalDate start;
        private final Random random;
        private final List<String> staffNos = new ArrayList<>();
        private final List<String> staffDepartments = new ArrayList<>();
        private final List<LocalDate> disclosedOn = new ArrayList<>();
        private final List<String> resultNos = new ArrayList<>();
        private final Set<String> idNumbers = new HashSet<>();

        Maker(GeneratedLedger ledger, int results, LocalDate today, Random random) {
            this.ledger = ledger;
            this.results = results;
            this.today = today;
            this.start = today.minusYears(9).withDayOfYear(1);
            this.random = random;
        }

        GeneratedLedger make() {
            people(Math.max(10, results / 5));
            resultsAndIp();
            contracts(Math.max(5, results / 10));
            return ledger;
        }

        private void people(int count) {
            List<List<Object>> sheet = ledger.rows.get(LedgerSheet.PEOPLE);
            for (int i = 0; i < count; i++) {
                String staffNo = String.format(Locale.ROOT, "T%05d", i + 1);
                String department = pick(DEPARTMENTS);
                String name = pick(Arrays.asList(SURNAMES)) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                        + (random.nextInt(3) == 0 ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
                LeaderRole role = random.nextInt(100) < 2 ? LeaderRole.OTHER : null;
                String id = random.nextInt(100) < 70 ? idNumber() : null;
                staffNos.add(staffNo);
                staffDepartments.add(department);
                sheet.add(row(staffNo, name, department, label(role), id));
            }
        }

        /** R-ID-PERSON: region, a birth date of 1960–1996, a sequence, the check character; unique in the ledger. */
        private String idNumber() {
            while (true) {
                LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(36 * 365));
                String first17 = pick(REGIONS) + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                        + String.format(Locale.ROOT, "%03d", random.nextInt(1000));
                String id = withCheck(first17, "0123456789X", c -> PersonIdNumber.isValid(c, today));
                if (idNumbers.add(id)) {
                    return id;
                }
            }
        }

        private void resultsAndIp() {
            List<List<Object>> resultSheet = ledger.rows.get(LedgerSheet.RESULTS);
            List<List<Object>> ipSheet = ledger.rows.get(LedgerSheet.IP);
            int lastDay = (int) ChronoUnit.DAYS.between(start, today.minusYears(1));
            for (int i = 0; i < results; i++) {
                LocalDate disclosed = start.plusDays(random.nextInt(lastDay));
                ResultType type = weighted(new ResultType[] {ResultType.INVENTION_PATENT, ResultType.UTILITY_MODEL,
                        ResultType.SOFTWARE, ResultType.DESIGN}, 50, 25, 20, 5);
                FundingSource funding = weighted(new FundingSource[] {FundingSource.FISCAL, FundingSource.COMMISSIONED,
                        FundingSource.SELF_FUNDED}, 50, 30, 20);
                String resultNo = String.format(Locale.ROOT, "R-%d-%05d", disclosed.getYear(), i + 1);
                int lead = random.nextInt(staffNos.size());
                resultSheet.add(row(resultNo, title(type), disclosed, staffDepartments.get(lead), label(type),
                        label(funding), inventors(lead)));
                disclosedOn.add(disclosed);
                resultNos.add(resultNo);
                ipSheet.add(ip(resultNo, type, disclosed, i));
            }
        }

        private String title(ResultType type) {
            String subject = pick(SUBJECTS);
            return switch (type) {
                case UTILITY_MODEL -> "一种" + subject + "用" + pick(List.of("检测装置", "夹持装置", "冷却装置", "支撑结构"));
                case DESIGN -> subject + pick(List.of("检测仪", "控制终端", "采集器")) + pick(List.of("", "（Ⅰ型）", "（便携式）"));
                case SOFTWARE -> subject + pick(List.of("管理系统", "分析软件", "监测平台")) + "V" + (1 + random.nextInt(3))
                        + ".0";
                default -> pick(TECHNIQUES) + subject + pick(METHOD_ENDINGS);
            };
        }

        /** 完成人: {@code T00012:60*;T00345:40}, the team's lead first and a key contributor. */
        private String inventors(int lead) {
            int count = weighted(new Integer[] {1, 2, 3, 4}, 20, 35, 30, 15);
            String[][] shares = {{"100*"}, {"60*", "40"}, {"50*", "30", "20"}, {"40*", "30*", "20", "10"}};
            Set<Integer> team = new java.util.LinkedHashSet<>();
            team.add(lead);
            while (team.size() < Math.min(count, staffNos.size())) {
                team.add(random.nextInt(staffNos.size()));
            }
            StringBuilder text = new StringBuilder();
            int k = 0;
            for (int person : team) {
                text.append(k == 0 ? "" : ";").append(staffNos.get(person)).append(':')
                        .append(shares[team.size() - 1][k++]);
            }
            return text.toString();
        }

        /** One IP right of the result, filed after its disclosure; granted where enough time has passed. */
        private List<Object> ip(String resultNo, ResultType resultType, LocalDate disclosed, int index) {
            LocalDate filed = disclosed.plusDays(10 + random.nextInt(80));
            IpType type = switch (resultType) {
                case UTILITY_MODEL -> IpType.UTILITY_MODEL;
                case DESIGN -> IpType.DESIGN;
                case SOFTWARE -> IpType.SOFTWARE_COPYRIGHT;
                default -> IpType.INVENTION_PATENT;
            };
            LocalDate granted = switch (type) {
                case INVENTION_PATENT -> filed.plusDays(600 + random.nextInt(800));
                case SOFTWARE_COPYRIGHT -> filed.plusDays(30 + random.nextInt(60));
                default -> filed.plusDays(180 + random.nextInt(200));
            };
            IpStatus status;
            if (granted.isBefore(today)) {
                status = type == IpType.SOFTWARE_COPYRIGHT ? IpStatus.REGISTERED : IpStatus.GRANTED;
            } else {
                granted = null;
                status = type == IpType.INVENTION_PATENT && filed.plusMonths(18).isBefore(today)
                        ? IpStatus.UNDER_EXAMINATION : IpStatus.FILED;
            }
            String number;
            if (type == IpType.SOFTWARE_COPYRIGHT) {
                number = String.format(Locale.ROOT, "%dSR%07d", filed.getYear(), 100_000 + index);
            } else {
                char typeDigit = type == IpType.INVENTION_PATENT ? '1' : type == IpType.UTILITY_MODEL ? '2' : '3';
                String digits = String.format(Locale.ROOT, "%d%c%07d", filed.getYear(), typeDigit,
                        1_000_000 + index % 9_000_000);
                number = withCheck(digits + ".", "0123456789X", PatentNumber::isValid);
            }
            return row(resultNo, label(type), number, filed, granted, label(status));
        }

        private void contracts(int companies) {
            List<List<Object>> sheet = ledger.rows.get(LedgerSheet.CONTRACTS);
            List<String[]> parties = counterparties(companies);
            for (int i = 0; i < results; i++) {
                DealMode mode = weighted(new DealMode[] {DealMode.TRANSFER, DealMode.LICENSE, DealMode.EQUITY,
                        DealMode.DEVELOPMENT, DealMode.SERVICE, DealMode.CONSULTING}, 35, 30, 5, 15, 10, 5);
                boolean converts = mode.convertsResults();
                LocalDate signed;
                if (converts) {
                    // a result is sold, licensed or invested some months after its disclosure
                    long room = ChronoUnit.DAYS.between(disclosedOn.get(i), today) - 1;
                    signed = disclosedOn.get(i).plusDays(30 + random.nextInt((int) Math.min(900, room - 30)));
                } else {
                    signed = start.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(start, today)));
                }
                BigDecimal amount = yuan(switch (mode) {
                    case EQUITY -> 500_000 + random.nextInt(4_500_000);
                    case TRANSFER, LICENSE -> 50_000 + random.nextInt(2_950_000);
                    default -> 20_000 + random.nextInt(780_000);
                });
                String[] party = parties.get(random.nextInt(parties.size()));
                PricingMethod pricing = converts ? weighted(new PricingMethod[] {PricingMethod.NEGOTIATED,
                        PricingMethod.LISTED, PricingMethod.AUCTION}, 80, 15, 5) : null;
                LocalDate publicityFrom = pricing == PricingMethod.NEGOTIATED ? signed.minusDays(30) : null;
                LocalDate publicityTo = publicityFrom == null ? null : publicityFrom.plusDays(15);
                LocalDate registeredOn = random.nextInt(100) < 70 ? signed.plusDays(7 + random.nextInt(40)) : null;
                if (registeredOn != null && registeredOn.isAfter(today)) {
                    registeredOn = null;
                }
                String registrationNo = registeredOn == null ? null : String.format(Locale.ROOT, "%d%s%06d",
                        registeredOn.getYear(), party[2].substring(0, 6), i + 1);
                LicenseKind kind = mode == DealMode.LICENSE ? weighted(new LicenseKind[] {LicenseKind.ORDINARY,
                        LicenseKind.SOLE, LicenseKind.EXCLUSIVE}, 60, 20, 20) : null;
                Integer equityShare = mode == DealMode.EQUITY ? 5 + random.nextInt(26) : null;
                String contractNo = String.format(Locale.ROOT, "HT-%d-%05d", signed.getYear(), i + 1);
                sheet.add(row(contractNo, label(mode), label(kind), signed, amount, party[0], party[1], label(pricing),
                        publicityFrom, publicityTo, registrationNo, registeredOn, converts ? resultNos.get(i) : null,
                        equityShare, random.nextInt(100) < 2 ? "是" : "否"));
                receiptsAndCosts(contractNo, mode, signed, amount, i);
            }
        }

        /** {name, credit code, region}: distinct names (also as {@code Counterparty.nameKey}) and codes. */
        private List<String[]> counterparties(int count) {
            List<String[]> parties = new ArrayList<>();
            int combinations = CITIES.size() * BRANDS.size() * TRADES.size();
            for (int k = 0; k < count; k++) {
                int c = k % combinations;
                String name = CITIES.get(c % CITIES.size()) + BRANDS.get(c / CITIES.size() % BRANDS.size())
                        + TRADES.get(c / CITIES.size() / BRANDS.size()) + "有限公司"
                        + (k < combinations ? "" : "第" + (k / combinations) + "分公司");
                String region = REGIONS.get(k % REGIONS.size());
                String code = CreditCode.withCheckCharacter("91" + region + String.format(Locale.ROOT, "%09d", k + 1));
                parties.add(new String[] {name, code, region});
            }
            return parties;
        }

        /** None, one or two instalments after signing, never more than the contract; a cost for some. */
        private void receiptsAndCosts(String contractNo, DealMode mode, LocalDate signed, BigDecimal amount, int i) {
            int instalments = weighted(new Integer[] {0, 1, 2}, 25, 45, 30);
            List<BigDecimal> parts = switch (instalments) {
                case 0 -> List.of();
                case 1 -> List.of(amount);
                default -> {
                    BigDecimal first = amount.multiply(new BigDecimal("0.4")).setScale(2, RoundingMode.HALF_UP);
                    yield List.of(first, amount.subtract(first));
                }
            };
            LocalDate on = signed;
            LocalDate firstReceipt = null;
            for (int k = 0; k < parts.size(); k++) {
                on = on.plusDays(k == 0 ? 10 + random.nextInt(80) : 90 + random.nextInt(270));
                if (on.isAfter(today)) {
                    break;
                }
                firstReceipt = firstReceipt == null ? on : firstReceipt;
                String voucher = String.format(Locale.ROOT, "记-%s-%05d", on.format(MONTH), (2 * i + k) % 100_000);
                ledger.rows.get(LedgerSheet.RECEIPTS).add(row(contractNo, on, parts.get(k), voucher));
            }
            if (firstReceipt != null && random.nextInt(100) < 40) {
                CostCategory category = mode == DealMode.EQUITY ? CostCategory.VALUATION
                        : weighted(new CostCategory[] {CostCategory.TAX, CostCategory.INTERMEDIARY,
                                CostCategory.APPRAISAL, CostCategory.OTHER}, 55, 25, 10, 10);
                LocalDate date = firstReceipt.plusDays(random.nextInt(30));
                if (!date.isAfter(today)) {
                    BigDecimal cost = amount.multiply(BigDecimal.valueOf(1 + random.nextInt(7), 2))
                            .setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("100.00"));
                    ledger.rows.get(LedgerSheet.COSTS).add(row(contractNo, date, label(category), cost));
                }
            }
        }

        /** Whole hundreds of yuan, as contracts are priced. */
        private static BigDecimal yuan(int amount) {
            return BigDecimal.valueOf(amount / 100 * 100L).setScale(2, RoundingMode.UNNECESSARY);
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        /** One of {@code values}, each with its weight (weights add up to 100). */
        private <T> T weighted(T[] values, int... weights) {
            int roll = random.nextInt(100);
            for (int k = 0; k < values.length; k++) {
                roll -= weights[k];
                if (roll < 0) {
                    return values[k];
                }
            }
            return values[values.length - 1];
        }

        /** The text with the one check character that makes it valid (computed by the checker itself). */
        private static String withCheck(String body, String characters, java.util.function.Predicate<String> valid) {
            for (char c : characters.toCharArray()) {
                if (valid.test(body + c)) {
                    return body + c;
                }
            }
            throw new IllegalStateException("no check character makes " + body + " valid");
        }
    }

    /** The Chinese label, as the template and the import's vocabulary have it, whatever the screen language. */
    private static String label(Labeled value) {
        return value == null ? null : CHINESE.getString(value.labelKey());
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
