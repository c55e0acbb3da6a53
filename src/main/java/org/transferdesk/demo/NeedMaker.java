package org.transferdesk.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.transferdesk.deal.Counterparty;
import org.transferdesk.deal.ResultRef;
import org.transferdesk.disclosure.DisclosureService;
import org.transferdesk.disclosure.DisclosureSummary;
import org.transferdesk.need.Need;
import org.transferdesk.need.NeedContact;
import org.transferdesk.need.NeedService;
import org.transferdesk.need.NeedSource;
import org.transferdesk.need.NeedStatus;

/**
 * Issue 25: forty companies' technical needs in the demo's research fields, from the demo's counterparties, in every
 * state of the workflow (a few with deadlines in the coming month, so 待办 has some), made through the needs service.
 * The needs on 锂电池负极材料 and 激光焊接 are the matching helper's worked examples.
 */
final class NeedMaker {
    /** Field, title, description, and a word of the titles of the results to offer (null: none offered). */
    private record Template(String field, String title, String description, String resultWord) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("新材料", "高容量锂电池负极材料开发", "现有石墨负极比容量接近极限，希望引进硅碳复合负极材料技术，"
                    + "首次效率不低于88%，循环500次容量保持率80%以上，可在现有产线上中试。", "负极"),
            new Template("智能制造", "薄板激光焊接变形控制", "新能源汽车电池托盘铝合金薄板激光焊接后变形大、气孔多，"
                    + "需要焊接工艺优化及在线质量监测方案。", "焊接"),
            new Template("新材料", "耐高温陶瓷涂层制备工艺", "燃气轮机叶片热障涂层使用寿命短，需提高抗热震性能。", "涂层"),
            new Template("人工智能", "产品表面缺陷视觉检测系统", "冲压件表面划痕、凹坑依靠人工目检，效率低、漏检率高，"
                    + "希望实现在线自动检测，检出率95%以上。", "检测"),
            new Template("化工", "低能耗废水蒸发结晶工艺", "高盐废水处理能耗高，需降低吨水蒸汽消耗并实现盐资源化。", "结晶"),
            new Template("生物技术", "重组蛋白高效表达体系", "现有大肠杆菌表达体系表达量低，包涵体多，需优化菌株与发酵工艺。", "表达"),
            new Template("智能制造", "数控机床故障预测与健康管理", "关键设备非计划停机多，需基于振动与电流数据的早期故障预警。", "故障"),
            new Template("电气自动化", "永磁同步电机高效控制算法", "压缩机驱动电机低速效率低、噪声大，需新的控制策略。", "电机"),
            new Template("医疗器械", "可降解心血管支架材料", "寻求镁合金或聚乳酸可降解支架的材料与工艺合作开发。", "支架"),
            new Template("现代农业", "设施蔬菜水肥一体化智能控制", "温室种植化肥用量大，希望按墒情自动灌溉施肥，节水30%。", "灌溉"),
            new Template("环境保护", "VOCs 废气低温催化氧化", "涂装车间废气浓度波动大，现有RTO能耗高，需低温催化方案。", "催化"),
            new Template("信息通信", "工业现场5G低时延组网", "厂区AGV与机械臂协同需要端到端10毫秒以内的无线网络。", "通信"),
            new Template("光电技术", "高灵敏度光纤温度传感器", "变压器绕组测温需抗电磁干扰的分布式光纤传感器。", "传感"),
            new Template("土木建筑", "桥梁结构健康在线监测", "在役桥梁需长期应变、挠度监测与预警平台。", "监测"),
            new Template("医药", "难溶性药物制剂增溶技术", "原料药水溶性差，生物利用度低，寻求固体分散体或纳米制剂技术。", "制剂"),
            new Template("新能源", "光伏组件清洗机器人", "大型地面电站组件积灰导致发电量下降，需无水清洗机器人。", "光伏"),
            new Template("新能源", "储能电池热管理系统优化", "集装箱储能电池簇温差大，需液冷热管理设计与仿真。", "电池"),
            new Template("新材料", "高导热聚合物复合材料", "电子封装需导热系数大于5 W/(m·K)的绝缘高分子材料。", "复合材料"),
            new Template("人工智能", "客服对话意图识别模型", "客服工单量大，需中文意图识别与自动分派，准确率90%以上。", "识别"),
            new Template("化工", "环氧丙烷绿色合成催化剂", "现有氯醇法污染重，寻求过氧化氢直接氧化法催化剂。", "催化剂"),
            new Template("生物技术", "食源性致病菌快速检测试剂盒", "现有培养法检测周期长，需要2小时内出结果的现场检测方法。", "检测"),
            new Template("智能制造", "复杂曲面零件机器人打磨", "叶片类零件人工打磨一致性差，需力控机器人打磨工艺。", "机器人"),
            new Template("电气自动化", "配电网故障快速定位", "农网线路长、分支多，故障定位耗时，需行波定位装置。", "定位"),
            new Template("医疗器械", "便携式超声成像探头", "基层医疗需要低成本掌上超声设备，图像质量接近台式机。", "超声"),
            new Template("现代农业", "抗病高产小麦新品种", "寻求抗赤霉病、亩产600公斤以上的小麦品种授权。", "小麦"),
            new Template("环境保护", "污泥低成本干化处置", "市政污泥含水率高，处置费用高，需低能耗干化技术。", "污泥"),
            new Template("信息通信", "物联网终端低功耗通信模组", "表计类终端需电池寿命十年以上的通信方案。", "低功耗"),
            new Template("光电技术", "激光雷达发射模块国产化", "车载激光雷达发射芯片依赖进口，寻求国产替代方案。", "激光"),
            new Template("土木建筑", "装配式建筑节点连接技术", "装配式框架节点施工效率低，需新型干式连接节点。", "装配式"),
            new Template("医药", "中药有效成分提取纯化工艺", "传统水提醇沉工艺收率低、溶剂消耗大。", "提取"),
            new Template("新能源", "生物质气化发电焦油脱除", "气化燃气焦油含量高，导致内燃机故障频繁。", "生物质"),
            new Template("现代服务业", "技术成果价值评估模型", "区域产权交易所需要可解释的科技成果价值评估方法。", "评估"),
            new Template("新材料", "锂电池隔膜涂覆材料", "隔膜热收缩大，需陶瓷或芳纶涂覆改性技术。", "隔膜"),
            new Template("智能制造", "激光熔覆修复轧辊", "轧辊磨损后报废成本高，希望采用激光熔覆再制造。", "熔覆"),
            new Template("人工智能", "电力巡检图像智能分析", "无人机巡检照片量大，需绝缘子缺陷自动识别。", "图像"),
            new Template("化工", "聚氨酯生物基多元醇", "降低石油基原料依赖，开发植物油基多元醇。", "聚氨酯"),
            new Template("生物技术", "饲用酶制剂耐高温改造", "制粒温度下植酸酶失活严重，需耐热突变体。", "酶"),
            new Template("电气自动化", "充电桩功率模块高效化", "直流快充模块效率需达到96%以上，体积减小30%。", "充电"),
            new Template("环境保护", "土壤重金属原位修复药剂", "农田镉污染需低成本钝化修复药剂及施用工艺。", "修复"),
            new Template("医疗器械", "手术机器人力反馈系统", "腔镜手术机器人缺少触觉反馈，需高精度力传感与反馈。", "手术"));

    private static final String[] CONTACTS = {"王建华", "李静", "张伟", "刘洋", "陈敏", "杨帆", "赵磊", "黄丽"};
    private static final NeedSource[] SOURCES = NeedSource.values();

    private final NeedService needs;
    private final DisclosureService disclosures;
    private final LocalDate today;

    NeedMaker(NeedService needs, DisclosureService disclosures, LocalDate today) {
        this.needs = needs;
        this.disclosures = disclosures;
        this.today = today;
    }

    /** How many needs were made. */
    int make() {
        List<Counterparty> companies = needs.companies();
        if (companies.isEmpty()) {
            return 0;
        }
        List<DisclosureSummary> results = new ArrayList<>();
        disclosures.loadSummaries(500, results::addAll);
        int made = 0;
        for (int i = 0; i < TEMPLATES.size(); i++) {
            Template t = TEMPLATES.get(i);
            Counterparty company = companies.get(i * 7 % companies.size());
            NeedStatus target = targetOf(i);
            Need saved = needs.save(new Need(null, company.id(), company.name(), null, t.title(), t.description(),
                    t.field(), budgetMin(i), budgetMax(i), deadlineOf(i, target), contactOf(i), SOURCES[i % SOURCES.length],
                    NeedStatus.OPEN, null, target == NeedStatus.OPEN ? List.of() : offered(results, t.resultWord()),
                    null, null, List.of(), 0));
            walk(saved, target, i);
            made++;
        }
        return made;
    }

    /** Mostly open or in progress; every state shows (the two worked examples stay open for matching). */
    private static NeedStatus targetOf(int i) {
        if (i < 2) {
            return NeedStatus.OPEN;
        }
        return switch (i % 7) {
            case 0, 3 -> NeedStatus.OPEN;
            case 1, 4 -> NeedStatus.MATCHED;
            case 2 -> NeedStatus.NEGOTIATING;
            case 5 -> NeedStatus.DEAL;
            default -> NeedStatus.CLOSED;
        };
    }

    /** A third of the open needs end within the month, the rest later; closed and dealt ones have passed. */
    private LocalDate deadlineOf(int i, NeedStatus target) {
        if (i % 9 == 8) {
            return null;
        }
        return target.isOpen() ? today.plusDays(i % 3 == 0 ? 5 + i % 20 : 40 + i * 5) : today.plusDays(60 + i);
    }

    private static BigDecimal budgetMin(int i) {
        return i % 5 == 4 ? null : BigDecimal.valueOf(50_000L * (1 + i % 6)).setScale(2);
    }

    private static BigDecimal budgetMax(int i) {
        return i % 4 == 3 ? null : BigDecimal.valueOf(50_000L * (1 + i % 6) * (2 + i % 3)).setScale(2);
    }

    private static NeedContact contactOf(int i) {
        return new NeedContact(CONTACTS[i % CONTACTS.length], "029-8" + (8_100_000 + i * 137),
                i % 3 == 0 ? null : "need" + (i + 1) + "@example.cn");
    }

    private static List<ResultRef> offered(List<DisclosureSummary> results, String word) {
        return results.stream().filter(r -> word != null && r.title().contains(word)).limit(2)
                .map(r -> new ResultRef(r.id(), r.resultNo(), r.title())).toList();
    }

    private void walk(Need need, NeedStatus target, int i) {
        Need n = need;
        if (target == NeedStatus.CLOSED) {
            n = i % 2 == 0 ? needs.move(n, NeedStatus.MATCHED, null) : n;
            needs.move(n, NeedStatus.CLOSED, i % 2 == 0 ? "企业已与其他单位合作" : "经评估暂无合适成果");
            return;
        }
        for (NeedStatus step : List.of(NeedStatus.MATCHED, NeedStatus.NEGOTIATING, NeedStatus.DEAL)) {
            if (n.status() == target) {
                return;
            }
            n = needs.move(n, step, null);
        }
    }
}
