package org.transferdesk.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferdesk.common.CreditCode;
import org.transferdesk.common.Money;
import org.transferdesk.common.Percent;
import org.transferdesk.deal.Approval;
import org.transferdesk.deal.ApprovalTier;
import org.transferdesk.deal.Company;
import org.transferdesk.deal.CompanyOrigin;
import org.transferdesk.deal.Cost;
import org.transferdesk.deal.CostCategory;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.Deal;
import org.transferdesk.deal.DealBuilder;
import org.transferdesk.deal.DealMode;
import org.transferdesk.deal.DealStatus;
import org.transferdesk.deal.EnterpriseSize;
import org.transferdesk.deal.IndustrySection;
import org.transferdesk.deal.Province;
import org.transferdesk.deal.Equity;
import org.transferdesk.deal.Instalment;
import org.transferdesk.deal.LicenseKind;
import org.transferdesk.deal.PricingMethod;
import org.transferdesk.deal.Publicity;
import org.transferdesk.deal.Receipt;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.disclosure.Disclosure;
import org.transferdesk.disclosure.ResultStatus;

/**
 * Contracts for a fraction of the demo results (about one in seven): all eight modes, multi-year
 * licences paid by instalments, a few refunds, costs of several categories, equity deals with their
 * companies in the register, negotiated deals whose price publicity is still running, registered
 * technical contracts and related-party deals with their extra approval. Counterparties and companies
 * are named, not numbered: the writer maps names to ids. Results are referred to by result number.
 */
final class DealMaker {
    private static final DealMode[] MODES = DealMode.values();
    // TRANSFER, LICENSE, EQUITY, DEVELOPMENT, CONSULTING, SERVICE, SELF, COOPERATION
    private static final int[] MODE_WEIGHTS = {18, 26, 6, 20, 9, 13, 4, 4};
    private static final List<String> REGIONS = List.of("北京", "上海", "深圳", "杭州", "苏州", "南京", "武汉", "成都",
            "西安", "合肥", "广州", "天津", "长沙", "青岛");
    private static final List<String> WORDS = List.of("华创", "智芯", "新锐", "恒通", "瑞科", "中研", "博远", "天成", "启明",
            "汇能", "蓝海", "云帆", "同创", "卓越", "聚力", "宏图", "精诚", "远航", "鼎新", "睿智");
    private static final List<String> TRADES = List.of("科技", "生物医药", "新材料", "智能装备", "信息技术", "新能源",
            "环保科技", "电子", "医疗器械", "农业科技");
    /** The GB/T 4754 division each trade mostly falls in (科技 → 75 科技推广和应用服务业 …). */
    private static final List<String> TRADE_SECTIONS = List.of("75", "27", "30", "34", "65", "44", "77", "39", "35", "01");
    private static final List<String> REGION_CODES = List.of("110108", "310115", "440305", "330106", "320505",
            "320102", "420111", "510107", "610131", "340104", "440106", "120116", "430104", "370212");

    private final Dice dice;
    private final LocalDate today;
    private final List<Counterparty> counterparties = new ArrayList<>();
    private final List<Company> companies = new ArrayList<>();
    private final List<Deal> deals = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Map<Integer, Integer> sequence = new HashMap<>();

    DealMaker(Dice dice, LocalDate today) {
        this.dice = dice;
        this.today = today;
    }

    List<Counterparty> counterparties() {
        return counterparties;
    }

    List<Company> companies() {
        return companies;
    }

    List<Deal> deals() {
        return deals;
    }

    void make(List<Disclosure> results) {
        for (Disclosure r : results) {
            boolean converted = r.status() == ResultStatus.CONVERTED;
            if (r.status() == ResultStatus.ABANDONED || !dice.chance(converted ? 0.6 : 0.09)) {
                continue;
            }
            deals.add(deal(r));
        }
    }

    private Deal deal(Disclosure r) {
        DealMode mode = MODES[dice.weighted(MODE_WEIGHTS)];
        LocalDate start = Dice.nextWorkday(r.disclosedOn().plusDays(dice.between(60, 720)));
        boolean pending = !start.isBefore(today.minusDays(20)) || dice.chance(0.03);
        BigDecimal amount = amount(mode);
        PricingMethod pricing = mode.convertsResults()
                ? new PricingMethod[] {PricingMethod.NEGOTIATED, PricingMethod.LISTED, PricingMethod.AUCTION}
                [dice.weighted(new int[] {75, 18, 7})] : null;
        Counterparty counterparty = counterparty(mode == DealMode.EQUITY);
        LicenseKind licenseKind = mode == DealMode.LICENSE ? LicenseKind.values()[dice.weighted(new int[] {3, 2, 5})]
                : null;
        boolean related = mode.convertsResults() && dice.chance(0.06);
        List<ResultRef> results = mode == DealMode.DEVELOPMENT || mode == DealMode.CONSULTING
                || mode == DealMode.SERVICE ? List.of() : List.of(new ResultRef(0, r.resultNo(), r.title()));
        String title = switch (mode) {
            case DEVELOPMENT -> r.title() + "的技术开发";
            case CONSULTING -> r.title() + "的技术咨询";
            case SERVICE -> r.title() + "的技术服务";
            default -> r.title();
        };
        if (pending) {
            // not signed yet: a negotiated price is being publicised now, other deals are drafts
            boolean publicising = pricing == PricingMethod.NEGOTIATED;
            LocalDate from = today.minusDays(dice.between(1, 12));
            Publicity publicity = publicising ? new Publicity(from, from.plusDays(15), "校园网通知公告",
                    "拟以协议定价方式" + mode.name() + "，拟定价格 " + Money.format(amount) + " 元", List.of()) : null;
            Equity equity = mode == DealMode.EQUITY ? equity(counterparty, null) : null;
            return DealBuilder.deal().mode(mode).contractNo(contractNo(today.getYear())).licenseKind(licenseKind)
                    .title(title).results(results).counterpartyName(counterparty.name()).contractAmount(amount)
                    .pricing(pricing).relatedParty(related)
                    .status(publicising ? DealStatus.PUBLICITY : DealStatus.DRAFT).publicity(publicity).equity(equity)
                    .build();
        }
        LocalDate signedOn = start;
        Publicity publicity = null;
        if (pricing == PricingMethod.NEGOTIATED) {
            LocalDate from = Dice.previousWorkday(signedOn.minusDays(dice.between(20, 45)));
            publicity = new Publicity(from, from.plusDays(15), "校园网通知公告",
                    "拟以协议定价方式转化，拟定价格 " + Money.format(amount) + " 元", List.of());
        }
        List<Approval> approvals = approvals(amount, signedOn, related);
        int years = mode == DealMode.LICENSE ? dice.between(2, 5) : mode == DealMode.DEVELOPMENT ? dice.between(1, 2) : 1;
        LocalDate termTo = signedOn.plusYears(years).minusDays(1);
        List<Instalment> instalments = mode == DealMode.EQUITY || mode == DealMode.SELF ? List.of()
                : instalments(amount, signedOn, years);
        List<Receipt> receipts = receipts(instalments);
        List<Cost> costs = costs(mode, amount, signedOn);
        Deal.Registration registration = Deal.Registration.NONE;
        if (mode != DealMode.EQUITY && mode != DealMode.SELF && dice.chance(0.45)) {
            LocalDate on = Dice.nextWorkday(signedOn.plusDays(dice.between(10, 60)));
            if (!on.isAfter(today)) {
                registration = new Deal.Registration(String.format("%d%s%06d", on.getYear(),
                        dice.pick(REGION_CODES), dice.between(1, 999_999)), on, amount);
            }
        }
        Deal.Valuation valuation = mode == DealMode.EQUITY || (mode.convertsResults() && dice.chance(0.2))
                ? new Deal.Valuation(true, amount, "评报字〔" + signedOn.getYear() + "〕第" + dice.between(10, 999) + "号")
                : null;
        Equity equity = mode == DealMode.EQUITY ? equity(counterparty, signedOn) : null;
        BigDecimal received = receipts.stream().map(Receipt::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        DealStatus status = dice.chance(0.02) ? DealStatus.TERMINATED
                : mode == DealMode.EQUITY ? (equity.registrationChangeOn() != null ? DealStatus.COMPLETED : DealStatus.SIGNED)
                : received.compareTo(amount) >= 0 && termTo.isBefore(today) ? DealStatus.COMPLETED
                : received.signum() > 0 ? DealStatus.PERFORMING : DealStatus.SIGNED;
        return DealBuilder.deal().mode(mode).contractNo(contractNo(signedOn.getYear())).licenseKind(licenseKind)
                .title(title).results(results).counterpartyName(counterparty.name()).signedOn(signedOn)
                .termFrom(signedOn).termTo(termTo).contractAmount(amount).pricing(pricing).relatedParty(related)
                .registration(registration).valuation(valuation).status(status).publicity(publicity)
                .approvals(approvals).instalments(instalments).receipts(receipts).costs(costs).equity(equity).build();
    }

    private String contractNo(int year) {
        int n = sequence.merge(year, 1, Integer::sum);
        return String.format("HT-%d-%04d", year, n);
    }

    /** Yuan, whole thousands, in the range usual for the mode. */
    private BigDecimal amount(DealMode mode) {
        int[] range = switch (mode) {
            case TRANSFER -> new int[] {50, 5_000};
            case LICENSE -> new int[] {100, 3_000};
            case EQUITY -> new int[] {1_000, 20_000};
            case DEVELOPMENT -> new int[] {50, 5_000};
            case CONSULTING -> new int[] {5, 200};
            case SERVICE -> new int[] {10, 500};
            case SELF, COOPERATION -> new int[] {20, 1_000};
        };
        return Money.of(BigDecimal.valueOf(dice.between(range[0], range[1]) * 1_000L));
    }

    private List<Approval> approvals(BigDecimal amount, LocalDate signedOn, boolean related) {
        ApprovalTier tier = amount.compareTo(BigDecimal.valueOf(2_000_000)) <= 0 ? ApprovalTier.SCIENCE_OFFICE
                : amount.compareTo(BigDecimal.valueOf(5_000_000)) < 0 ? ApprovalTier.VICE_PRESIDENT
                : ApprovalTier.PRESIDENT_MEETING;
        LocalDate on = Dice.previousWorkday(signedOn.minusDays(dice.between(2, 10)));
        String approver = switch (tier) {
            case SCIENCE_OFFICE -> "科学技术处";
            case VICE_PRESIDENT -> "分管副校长";
            case PRESIDENT_MEETING -> "校长办公会";
        };
        List<Approval> approvals = new ArrayList<>();
        approvals.add(new Approval(null, tier, approver, on, tier == ApprovalTier.PRESIDENT_MEETING
                ? "校长办公会纪要〔" + on.getYear() + "〕" + dice.between(1, 40) + "号" : null, false));
        if (related) {
            approvals.add(new Approval(null, ApprovalTier.PRESIDENT_MEETING, "校长办公会", on,
                    "关联交易审议纪要〔" + on.getYear() + "〕" + dice.between(1, 40) + "号", true));
        }
        return approvals;
    }

    /** A first payment after signing, the rest in yearly parts; the parts add up to the amount. */
    private List<Instalment> instalments(BigDecimal amount, LocalDate signedOn, int years) {
        List<Instalment> list = new ArrayList<>();
        if (years == 1 || amount.compareTo(BigDecimal.valueOf(100_000)) < 0) {
            list.add(new Instalment(null, signedOn.plusDays(30), amount, "合同生效后30日内"));
            return list;
        }
        BigDecimal first = Money.of(amount.multiply(BigDecimal.valueOf(dice.between(30, 40))).movePointLeft(2));
        list.add(new Instalment(null, signedOn.plusDays(30), first, "合同生效后30日内"));
        BigDecimal rest = amount.subtract(first);
        BigDecimal part = Money.of(rest.divide(BigDecimal.valueOf(years - 1), 2, java.math.RoundingMode.DOWN));
        for (int y = 1; y < years; y++) {
            BigDecimal value = y == years - 1 ? rest.subtract(part.multiply(BigDecimal.valueOf(years - 2))) : part;
            list.add(new Instalment(null, signedOn.plusYears(y), value, "第" + (y + 1) + "期许可费"));
        }
        return list;
    }

    /** Most due instalments are paid, a few days late; now and then a part is refunded. */
    private List<Receipt> receipts(List<Instalment> instalments) {
        List<Receipt> receipts = new ArrayList<>();
        for (Instalment i : instalments) {
            LocalDate on = Dice.nextWorkday(i.dueOn().plusDays(dice.between(0, 25)));
            if (on.isAfter(today) || dice.chance(0.08)) {
                break;
            }
            receipts.add(new Receipt(null, on, i.amount(), voucher(on), null));
            if (dice.chance(0.03)) {
                LocalDate back = Dice.nextWorkday(on.plusDays(dice.between(20, 90)));
                if (!back.isAfter(today)) {
                    BigDecimal refund = Money.of(i.amount().multiply(BigDecimal.valueOf(dice.between(5, 20)))
                            .movePointLeft(2)).negate();
                    receipts.add(new Receipt(null, back, refund, voucher(back), null));
                }
            }
        }
        return receipts;
    }

    private String voucher(LocalDate on) {
        return String.format("记-%d%02d-%04d", on.getYear(), on.getMonthValue(), dice.between(1, 9_999));
    }

    private List<Cost> costs(DealMode mode, BigDecimal amount, LocalDate signedOn) {
        List<Cost> costs = new ArrayList<>();
        if (mode.convertsResults() && dice.chance(0.7)) {
            costs.add(cost(CostCategory.MAINTENANCE, signedOn.minusDays(dice.between(30, 400)), dice.between(9, 90) * 100L,
                    "专利年费"));
        }
        if (mode.convertsResults() && dice.chance(0.3)) {
            costs.add(cost(CostCategory.VALUATION, signedOn.minusDays(dice.between(20, 60)), dice.between(5, 50) * 1_000L,
                    "资产评估费"));
        }
        if (dice.chance(0.25)) {
            long fee = amount.movePointLeft(2).longValue() * dice.between(3, 10);
            costs.add(cost(CostCategory.INTERMEDIARY, signedOn.plusDays(dice.between(10, 60)), Math.max(fee, 1_000),
                    "技术经理人服务费"));
        }
        if (dice.chance(0.4)) {
            long tax = Math.max(amount.movePointLeft(2).longValue() * 6, 100);
            costs.add(cost(CostCategory.TAX, signedOn.plusDays(dice.between(30, 90)), tax, "增值税及附加"));
        }
        if (dice.chance(0.1)) {
            costs.add(cost(CostCategory.NEGOTIATION, signedOn.minusDays(dice.between(5, 30)), dice.between(5, 50) * 100L,
                    "谈判差旅费"));
        }
        costs.removeIf(c -> c.incurredOn().isAfter(today));
        costs.sort(java.util.Comparator.comparing(Cost::incurredOn)); // as the deal screens list them
        return costs;
    }

    private static Cost cost(CostCategory category, LocalDate on, long yuan, String note) {
        return new Cost(null, Dice.nextWorkday(on), category, Money.of(BigDecimal.valueOf(yuan)), note);
    }

    /** The university's share of the company that the equity deal founds or joins; the company is in the register. */
    private Equity equity(Counterparty company, LocalDate signedOn) {
        CompanyOrigin origin = dice.chance(0.7) ? CompanyOrigin.CREATED : CompanyOrigin.JOINED;
        companies.add(new Company(null, company.name(), company.creditCode(),
                Money.of(BigDecimal.valueOf(dice.between(500, 10_000) * 10_000L)), origin, 0));
        LocalDate changed = signedOn == null ? null : Dice.nextWorkday(signedOn.plusDays(dice.between(30, 120)));
        return new Equity(null, company.name(), Percent.ofPercent(BigDecimal.valueOf(dice.between(5, 40))),
                changed == null || changed.isAfter(today) ? null : changed);
    }

    /** An existing counterparty now and then (repeat customers), else a new one; an equity deal's company is always new. */
    private Counterparty counterparty(boolean newCompany) {
        if (!newCompany && !counterparties.isEmpty() && dice.chance(0.3)) {
            return dice.pick(counterparties);
        }
        int region = dice.between(0, REGIONS.size() - 1);
        String name = null;
        for (int attempt = 0; attempt < 20 && (name == null || usedNames.contains(name)); attempt++) {
            name = REGIONS.get(region) + dice.pick(WORDS) + dice.pick(TRADES) + "有限公司";
        }
        if (usedNames.contains(name)) {
            name = REGIONS.get(region) + dice.pick(WORDS) + (counterparties.size() + 1) + dice.pick(TRADES) + "有限公司";
        }
        usedNames.add(name);
        String trade = TRADES.stream().filter(name::contains).max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow();
        Counterparty c = new Counterparty(null, name, creditCode(REGION_CODES.get(region), counterparties.size()),
                REGIONS.get(region), Province.fromSpelling(REGION_CODES.get(region)).orElseThrow(), trade,
                IndustrySection.fromSpelling(TRADE_SECTIONS.get(TRADES.indexOf(trade))).orElseThrow(),
                EnterpriseSize.values()[dice.between(0, EnterpriseSize.values().length - 1)], null, 0);
        counterparties.add(c);
        return c;
    }

    /** A well-formed 统一社会信用代码 (R-ID-USCC): unique through its serial part, with a valid check character. */
    static String creditCode(String regionCode, int serial) {
        return CreditCode.withCheckCharacter("91" + regionCode + String.format("MA%07d", serial));
    }
}
