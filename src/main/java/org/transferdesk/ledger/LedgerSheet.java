package org.transferdesk.ledger;

import java.util.List;
import java.util.Locale;

/** The sheets of the ledger workbook this module imports (DOMAIN §9: 人员, 成果, 知识产权, 合同, 到账, 费用, 奖励发放, 赋权), in import order. */
public enum LedgerSheet {
    PEOPLE("人员", "people", List.of(Columns.STAFF_NO, Columns.NAME, Columns.DEPARTMENT, Columns.LEADER_ROLE,
            Columns.ID_NUMBER, Columns.ID_TYPE)),
    RESULTS("成果", "results", List.of(Columns.RESULT_NO, Columns.TITLE, Columns.DISCLOSED_ON, Columns.DEPARTMENT,
            Columns.RESULT_TYPE, Columns.FUNDING, Columns.INVENTORS)),
    IP("知识产权", "ip", List.of(Columns.RESULT_NO, Columns.IP_TYPE, Columns.APPLICATION_NO, Columns.FILED_ON,
            Columns.GRANTED_ON, Columns.STATUS)),
    CONTRACTS("合同", "contracts", List.of(Columns.CONTRACT_NO, Columns.MODE, Columns.LICENSE_KIND, Columns.SIGNED_ON,
            Columns.CONTRACT_AMOUNT, Columns.COUNTERPARTY, Columns.CREDIT_CODE, Columns.PRICING,
            Columns.PUBLICITY_FROM, Columns.PUBLICITY_TO, Columns.REGISTRATION_NO, Columns.REGISTERED_ON,
            // Columns added later go last, so the layout offices already fill keeps its order.
            Columns.RESULT_NOS, Columns.EQUITY_SHARE, Columns.RELATED_PARTY, Columns.COUNTERPARTY_INDUSTRY,
            Columns.COUNTERPARTY_REGION)),
    RECEIPTS("到账", "receipts", List.of(Columns.CONTRACT_NO, Columns.RECEIVED_ON, Columns.AMOUNT,
            Columns.VOUCHER_NO)),
    COSTS("费用", "costs", List.of(Columns.CONTRACT_NO, Columns.DATE, Columns.CATEGORY, Columns.AMOUNT)),
    REWARDS_PAID("奖励发放", "rewards_paid", List.of(Columns.CONTRACT_NO, Columns.PAID_ON, Columns.STAFF_NO,
            Columns.REWARD_KIND, Columns.AMOUNT, Columns.REWARD_EQUITY_SHARE, Columns.PUBLICISED, Columns.TAX_WITHHELD,
            Columns.REWARD_RECEIVED_ON, Columns.VOUCHER_NO)),
    /** The ownership-grant pilot's cases (DOMAIN §5); last, as it needs the results written first. */
    PILOTS("赋权", "pilots", List.of(Columns.RESULT_NO, Columns.PILOT_MODEL, Columns.TEAM_SHARE, Columns.USE_YEARS,
            Columns.PUBLICITY_FROM, Columns.PUBLICITY_TO, Columns.AGREEMENT_ON, Columns.REGISTERED_ON,
            Columns.CONVERT_BY));

    private final String sheetName;
    private final String alias;
    private final List<LedgerColumn> columns;

    LedgerSheet(String sheetName, String alias, List<LedgerColumn> columns) {
        this.sheetName = sheetName;
        this.alias = alias;
        this.columns = columns;
    }

    /** The Chinese sheet name, as in the template. */
    public String sheetName() {
        return sheetName;
    }

    public String alias() {
        return alias;
    }

    public List<LedgerColumn> columns() {
        return columns;
    }

    /** A worksheet name or CSV base name ("人员", "people", "People ") that means this sheet. */
    public boolean matches(String name) {
        if (name == null) {
            return false;
        }
        String n = name.strip();
        return n.equals(sheetName) || n.toLowerCase(Locale.ROOT).equals(alias);
    }

    /** The column definitions, shared by sheets where the same column appears. */
    public static final class Columns {
        public static final LedgerColumn STAFF_NO = new LedgerColumn("工号", "staff_no", true, 12);
        public static final LedgerColumn NAME = new LedgerColumn("姓名", "name", true, 12)
                .alsoNamed("人员姓名");
        public static final LedgerColumn DEPARTMENT = new LedgerColumn("院系", "department", false, 20)
                .alsoNamed("所在学院", "学院", "所在院系", "院系名称", "二级单位", "所属学院", "所属院系");
        public static final LedgerColumn LEADER_ROLE = new LedgerColumn("领导职务", "leader_role", false, 12)
                .alsoNamed("职务", "领导职务情况");
        public static final LedgerColumn ID_NUMBER = new LedgerColumn("身份证号", "id_number", false, 22)
                .alsoNamed("身份证号码", "身份证", "证件号码", "公民身份号码");
        /** 人员: what the ID number is (R-TAX58-FILING); empty means 居民身份证 (added last: older files lack it). */
        public static final LedgerColumn ID_TYPE = new LedgerColumn("证件类型", "id_type", false, 14)
                .alsoNamed("身份证件类型");
        public static final LedgerColumn RESULT_NO = new LedgerColumn("成果编号", "result_no", true, 16)
                .alsoNamed("成果号", "成果编码");
        public static final LedgerColumn TITLE = new LedgerColumn("成果名称", "title", true, 40)
                .alsoNamed("名称", "成果名");
        public static final LedgerColumn DISCLOSED_ON = new LedgerColumn("披露日期", "disclosed_on", true, 12)
                .alsoNamed("披露时间", "登记日期（披露）");
        public static final LedgerColumn RESULT_TYPE = new LedgerColumn("成果类型", "result_type", false, 14);
        public static final LedgerColumn FUNDING = new LedgerColumn("经费来源", "funding", false, 12);
        public static final LedgerColumn INVENTORS = new LedgerColumn("完成人", "inventors", true, 36)
                .alsoNamed("发明人", "完成人员");
        public static final LedgerColumn IP_TYPE = new LedgerColumn("类型", "ip_type", true, 14);
        public static final LedgerColumn APPLICATION_NO = new LedgerColumn("申请号", "application_no", false, 20)
                .alsoNamed("专利号", "申请号/专利号", "登记号（软著）");
        public static final LedgerColumn FILED_ON = new LedgerColumn("申请日", "filed_on", false, 12)
                .alsoNamed("申请日期");
        public static final LedgerColumn GRANTED_ON = new LedgerColumn("授权日", "granted_on", false, 12)
                .alsoNamed("授权日期", "授权公告日");
        public static final LedgerColumn STATUS = new LedgerColumn("状态", "status", false, 12)
                .alsoNamed("法律状态", "专利状态");
        public static final LedgerColumn CONTRACT_NO = new LedgerColumn("合同编号", "contract_no", true, 18)
                .alsoNamed("合同号");
        public static final LedgerColumn MODE = new LedgerColumn("转化方式", "mode", true, 12)
                .alsoNamed("转化形式", "转化类型", "合同类型");
        public static final LedgerColumn LICENSE_KIND = new LedgerColumn("许可类型", "license_kind", false, 10)
                .alsoNamed("许可方式", "许可种类");
        public static final LedgerColumn SIGNED_ON = new LedgerColumn("签订日期", "signed_on", true, 12)
                .alsoNamed("签约日期", "签署日期", "合同签订日期", "签订时间");
        public static final LedgerColumn CONTRACT_AMOUNT = new LedgerColumn("合同金额", "amount", true, 16)
                .alsoNamed("合同额", "合同总额", "合同总金额", "合同价款");
        public static final LedgerColumn COUNTERPARTY = new LedgerColumn("对方名称", "counterparty", true, 30)
                .alsoNamed("对方单位", "合同对方", "受让方", "被许可方", "合作方", "交易对方");
        public static final LedgerColumn CREDIT_CODE = new LedgerColumn("统一社会信用代码", "credit_code", false, 22)
                .alsoNamed("统一信用代码", "社会信用代码", "信用代码");
        /** R-REPORT-MORE: the counterparty's GB/T 4754 section, by name, letter or division code. */
        public static final LedgerColumn COUNTERPARTY_INDUSTRY = new LedgerColumn("对方行业", "industry", false, 16)
                .alsoNamed("对方所属行业", "所属行业", "行业", "行业门类");
        /** R-REPORT-MORE: the counterparty's province (or 境外), by name, short name, code or a major city. */
        public static final LedgerColumn COUNTERPARTY_REGION = new LedgerColumn("对方所在地", "region", false, 14)
                .alsoNamed("对方地区", "所在地", "所在地区", "所在省份", "省份", "地区");
        public static final LedgerColumn PRICING = new LedgerColumn("定价方式", "pricing", false, 12)
                .alsoNamed("定价方法");
        public static final LedgerColumn PUBLICITY_FROM = new LedgerColumn("公示开始", "publicity_from", false, 12);
        public static final LedgerColumn PUBLICITY_TO = new LedgerColumn("公示结束", "publicity_to", false, 12);
        public static final LedgerColumn REGISTRATION_NO = new LedgerColumn("技术合同登记号", "registration_no", false, 20)
                .alsoNamed("合同登记号", "技术合同认定登记号", "登记号");
        public static final LedgerColumn REGISTERED_ON = new LedgerColumn("登记日期", "registered_on", false, 12);
        public static final LedgerColumn RESULT_NOS = new LedgerColumn("关联成果", "result_nos", false, 30)
                .alsoNamed("关联成果编号", "成果编号（关联）");
        public static final LedgerColumn EQUITY_SHARE = new LedgerColumn("持股比例", "equity_share", false, 10)
                .alsoNamed("占股比例", "股权占比");
        public static final LedgerColumn RELATED_PARTY = new LedgerColumn("关联交易", "related_party", false, 10)
                .alsoNamed("是否关联交易");
        public static final LedgerColumn RECEIVED_ON = new LedgerColumn("到账日期", "received_on", true, 12)
                .alsoNamed("到款日期", "收款日期", "入账日期", "到账时间");
        public static final LedgerColumn AMOUNT = new LedgerColumn("金额", "amount", true, 16)
                .alsoNamed("到账金额", "到款金额", "收款金额", "发生金额");
        public static final LedgerColumn VOUCHER_NO = new LedgerColumn("凭证号", "voucher_no", false, 18)
                .alsoNamed("凭证编号", "记账凭证号", "收据号");
        public static final LedgerColumn DATE = new LedgerColumn("日期", "date", true, 12)
                .alsoNamed("发生日期", "费用日期");
        public static final LedgerColumn CATEGORY = new LedgerColumn("类别", "category", true, 12)
                .alsoNamed("费用类别", "费用类型");
        public static final LedgerColumn PAID_ON = new LedgerColumn("发放日期", "paid_on", true, 12)
                .alsoNamed("发放时间");
        public static final LedgerColumn REWARD_KIND = new LedgerColumn("类型", "kind", true, 8)
                .alsoNamed("奖励类型", "奖励方式");
        /** 奖励发放: the fraction of the company an equity reward gave, as a percentage. */
        public static final LedgerColumn REWARD_EQUITY_SHARE = new LedgerColumn("股权比例", "equity_share", false, 10);
        public static final LedgerColumn PUBLICISED = new LedgerColumn("公示", "publicised", false, 8);
        /** 奖励发放: the income tax withheld on a cash reward, where the ledger has it (added last: older files lack it). */
        public static final LedgerColumn TAX_WITHHELD = new LedgerColumn("代扣个税", "tax_withheld", false, 12);
        /**
         * 奖励发放: the receipt(s) a payment comes from (R-TAX58), with 凭证号 where one day has several; several as
         * ";"-joined lists read by position (RewardSheetParser); optional — without it the deal's latest receipt on
         * or before the payment.
         */
        public static final LedgerColumn REWARD_RECEIVED_ON = new LedgerColumn("到账日期", "received_on", false, 12)
                .alsoNamed("到款日期", "收款日期", "入账日期", "到账时间");
        public static final LedgerColumn PILOT_MODEL = new LedgerColumn("方式", "model", true, 12);
        /** 赋权: the team's share of the ownership, as a percentage. */
        public static final LedgerColumn TEAM_SHARE = new LedgerColumn("团队份额", "team_share", false, 10);
        public static final LedgerColumn USE_YEARS = new LedgerColumn("使用年限", "years", false, 10);
        public static final LedgerColumn AGREEMENT_ON = new LedgerColumn("协议日期", "agreement_on", false, 12);
        public static final LedgerColumn CONVERT_BY = new LedgerColumn("转化期限", "convert_by", false, 12);

        private Columns() {
        }
    }
}
