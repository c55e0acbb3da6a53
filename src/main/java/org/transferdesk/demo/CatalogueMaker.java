package org.transferdesk.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.transferdesk.catalogue.CatalogueEntry;
import org.transferdesk.catalogue.CatalogueProfile;
import org.transferdesk.catalogue.CatalogueRow;
import org.transferdesk.catalogue.CatalogueService;
import org.transferdesk.catalogue.CooperationMode;
import org.transferdesk.catalogue.DevelopmentStage;
import org.transferdesk.common.ValidationException;

/**
 * The demo's catalogue (issue 25): about three in ten of the results that are not confidential get a public profile
 * written from their school's vocabulary, most of them published; some stay drafts, and one waits for its
 * inventors' consent (its publication was refused under R-CAT-PUBLISH).
 */
final class CatalogueMaker {
    /** The schools' fields in English, with the sentence the English summary opens with. */
    private static final Map<String, String[]> ENGLISH = Map.ofEntries(
            Map.entry("新材料", new String[] {"Advanced materials", "A new material with a simpler, cheaper process."}),
            Map.entry("人工智能", new String[] {"Artificial intelligence", "An AI method that is accurate and fast."}),
            Map.entry("化工", new String[] {"Chemical engineering", "A cleaner chemical process with higher yield."}),
            Map.entry("生物技术", new String[] {"Biotechnology", "A biological technique that is sensitive and robust."}),
            Map.entry("智能制造", new String[] {"Smart manufacturing", "Equipment and methods for precise, automated production."}),
            Map.entry("电气自动化", new String[] {"Electrical engineering", "Power electronics and control for a safer grid."}),
            Map.entry("医疗器械", new String[] {"Medical devices", "A device that makes diagnosis or care simpler."}),
            Map.entry("现代农业", new String[] {"Agriculture", "A field-proven technique for higher, steadier yields."}),
            Map.entry("环境保护", new String[] {"Environmental protection", "Treatment technology with lower energy use."}),
            Map.entry("信息通信", new String[] {"Information and communications", "A communications technique with lower latency."}),
            Map.entry("光电技术", new String[] {"Photonics", "An optical method for precise measurement."}),
            Map.entry("土木建筑", new String[] {"Civil engineering", "A construction technique that is faster and safer."}),
            Map.entry("医药", new String[] {"Pharmaceuticals", "A pharmaceutical process or compound ready for development."}),
            Map.entry("新能源", new String[] {"New energy", "An energy technology with higher efficiency."}),
            Map.entry("现代服务业", new String[] {"Business services", "A data-driven method for better decisions."}));
    private static final String[] MODE_WORDS_EN = {"assignment", "licence", "equity investment", "joint development"};

    private final CatalogueService catalogue;
    private final Random random;

    CatalogueMaker(CatalogueService catalogue, long seed) {
        this.catalogue = catalogue;
        this.random = new Random(seed ^ 0x25L);
    }

    /** Writes the profiles; returns how many were published. */
    int make() {
        Map<String, ResearchField> schools = ResearchFields.all().stream()
                .collect(Collectors.toMap(ResearchField::department, Function.identity(), (a, b) -> a));
        List<CatalogueRow> chosen = catalogue.rows().stream().filter(r -> !r.confidential())
                .filter(r -> schools.containsKey(r.department())).filter(r -> random.nextInt(100) < 30).toList();
        int published = 0;
        boolean refusedOne = false;
        for (CatalogueRow row : chosen) {
            ResearchField school = schools.get(row.department());
            CatalogueProfile draft = catalogue.open(row.disclosureId()).profile();
            int roll = random.nextInt(100);
            boolean withoutConsent = !refusedOne && roll >= 95;
            CatalogueProfile p = written(row, school, draft, !withoutConsent);
            if (roll < 78 || withoutConsent) {
                try {
                    catalogue.publish(p, true);
                    published++;
                } catch (ValidationException refused) {
                    catalogue.save(p); // R-CAT-PUBLISH: no consent yet, so it waits as a draft
                    refusedOne = true;
                }
            } else {
                catalogue.save(p);
            }
        }
        return published;
    }

    private CatalogueProfile written(CatalogueRow row, ResearchField school, CatalogueProfile draft,
                                     boolean consent) {
        String[] en = ENGLISH.getOrDefault(school.field(), new String[] {school.field(), ""});
        String application = pick(school.applications());
        DevelopmentStage stage = DevelopmentStage.values()[weighted(new int[] {35, 30, 25, 10})];
        int trl = switch (stage) {
            case LABORATORY -> 3 + random.nextInt(2);
            case SMALL_PILOT -> 5;
            case PILOT -> 6 + random.nextInt(2);
            case INDUSTRIAL -> 8 + random.nextInt(2);
        };
        Set<CooperationMode> modes = EnumSet.noneOf(CooperationMode.class);
        modes.add(random.nextBoolean() ? CooperationMode.LICENSE : CooperationMode.TRANSFER);
        if (random.nextInt(3) == 0) {
            modes.add(CooperationMode.JOINT_DEVELOPMENT);
        }
        if (stage == DevelopmentStage.INDUSTRIAL && random.nextBoolean()) {
            modes.add(CooperationMode.EQUITY);
        }
        String titleZh = row.title().replaceFirst("^一种", "").replaceFirst("(方法|工艺)$", "技术");
        String summaryZh = "针对" + application + "中" + pick(school.problems()) + "的问题，本成果" + pick(school.benefits())
                + "。适用于" + String.join("、", school.applications().subList(0, Math.min(2,
                school.applications().size()))) + "等场景，欢迎企业洽谈合作。";
        List<String> modeWords = new ArrayList<>();
        modes.stream().sorted().forEach(m -> modeWords.add(MODE_WORDS_EN[m.ordinal()]));
        String summaryEn = en[1] + " Offered for " + String.join(", ", modeWords) + "; TRL " + trl + ".";
        List<String> areas = school.applications().stream().limit(2 + random.nextInt(2)).toList();
        String terms = modes.contains(CooperationMode.LICENSE) && random.nextBoolean() ? "许可费面议，可分期支付"
                : random.nextInt(4) == 0 ? "转让价格经协商并公示后确定" : null;
        return new CatalogueProfile(draft.id(), draft.disclosureId(),
                new CatalogueProfile.Texts(titleZh, en[0] + " — " + row.resultNo(), summaryZh, summaryEn),
                new CatalogueProfile.Offer(school.field(), areas, stage, trl, modes, terms),
                new CatalogueEntry.Contact(draft.contact().name() == null ? "成果转化中心" : draft.contact().name(),
                        "0571-8795" + (1000 + random.nextInt(9000)), "tto@demo-university.edu.cn"),
                consent ? new CatalogueProfile.Consent(catalogue.today().minusDays(7 + random.nextInt(200)), "演示",
                        "完成人同意公开书 " + row.resultNo()) : CatalogueProfile.Consent.NONE,
                List.of(), false, false, null, draft.version());
    }

    private String pick(List<String> words) {
        return words.isEmpty() ? "" : words.get(random.nextInt(words.size()));
    }

    private int weighted(int[] weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
