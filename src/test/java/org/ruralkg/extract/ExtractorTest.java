package org.ruralkg.extract;

import org.ruralkg.EntityKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.vocabulary.ORG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralkg.source.Article;
import org.ruralkg.source.OffsetMap;
import org.ruralkg.vocab.RKG;

/** Each kind of entity and relation on sentences that are not in the seed, from other provinces. */
class ExtractorTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.defaults();
    }

    static Extraction extract(String title, String text) {
        Article a = new Article("t1", title, text, OffsetMap.contiguous(0, text.length()),
                OffsetMap.contiguous(0, title.length()), "test", null, null, List.of(), null, List.of(), "0");
        return Extractor.defaults().extract(a);
    }

    static Optional<Entity> entity(Extraction x, EntityKind kind, String label) {
        return x.entities().stream().filter(e -> e.kind() == kind && e.label().equals(label)).findFirst();
    }

    static String key(Extraction x, EntityKind kind, String label) {
        return entity(x, kind, label).orElseThrow(() -> new AssertionError("no " + kind + " " + label + " in\n"
                + dump(x))).key();
    }

    static boolean has(Extraction x, String subject, String predicate, String objectKeyOrLexical) {
        return x.facts().stream().anyMatch(f -> f.subject().equals(subject) && f.predicate().equals(predicate)
                && (f.object() instanceof Term.Ref r ? r.key() : ((Term.Lit) f.object()).lexical()).equals(objectKeyOrLexical));
    }

    static void assertFact(Extraction x, String subject, String predicate, String object) {
        assertTrue(has(x, subject, predicate, object), () -> "missing " + subject + " " + predicate + " " + object
                + " in\n" + dump(x));
    }

    static String dump(Extraction x) {
        StringBuilder sb = new StringBuilder();
        x.entities().forEach(e -> sb.append("E ").append(e.kind()).append(' ').append(e.key()).append('\n'));
        x.facts().forEach(f -> sb.append("F ").append(f.subject()).append(' ').append(f.predicate()).append(' ')
                .append(f.object()).append('\n'));
        return sb.toString();
    }

    /** The quantity of {@code subject} with the given stated value and unit. */
    static String quantity(Extraction x, String subject, String value, String unit) {
        return x.facts().stream()
                .filter(f -> f.subject().equals(subject) && f.predicate().equals(RKG.hasQuantity.getURI()))
                .map(f -> ((Term.Ref) f.object()).key())
                .filter(q -> has(x, q, RKG.value.getURI(), value) && has(x, q, RKG.unitText.getURI(), unit))
                .findFirst().orElseThrow(() -> new AssertionError("no quantity " + value + unit + " of " + subject
                        + " in\n" + dump(x)));
    }

    @Test
    void cooperativeGrowsTeaInItsVillageAndIncomeHasAYear() {
        Extraction x = extract("云南省勐海县勐混镇贺开村：古茶园里的致富经",
                "近年来，勐混镇贺开村成立了勐海贺开古茶专业合作社，带动农户种植茶叶3000余亩。"
                        + "2022年，全村村集体经济收入达到56万元，农民人均可支配收入1.8万元。");
        String village = key(x, EntityKind.VILLAGE, "贺开村");
        assertEquals("place/532822103206", village);
        String coop = key(x, EntityKind.COOPERATIVE, "勐海贺开古茶专业合作社");
        assertFact(x, coop, RKG.locatedIn.getURI(), village);
        assertFact(x, coop, RKG.grows.getURI(), "concept/chaye");
        String income = quantity(x, village, "56", "万元");
        assertFact(x, income, RKG.normalizedValue.getURI(), "560000");
        assertFact(x, income, RKG.year.getURI(), "2022");
        assertFact(x, quantity(x, coop, "3000", "亩"), RKG.bound.getURI(), "atLeast");
    }

    @Test
    void partySecretaryHoldsAPostInHisVillage() {
        Extraction x = extract("贵州遵义播州区枫香镇花茂村",
                "花茂村党支部书记彭龙介绍，村里发展乡村旅游，种植猕猴桃500余亩，养殖生猪3000头。"
                        + "该村先后获评全国乡村旅游重点村、中国美丽休闲乡村。");
        String village = key(x, EntityKind.VILLAGE, "花茂村");
        String person = key(x, EntityKind.PERSON, "彭龙");
        String post = x.facts().stream().filter(f -> f.subject().equals(person) && f.predicate().equals(ORG.holds.getURI()))
                .map(f -> ((Term.Ref) f.object()).key()).findFirst().orElseThrow();
        assertFact(x, post, RKG.postTitle.getURI(), "党支部书记");
        assertFact(x, post, RKG.postPlace.getURI(), village);
        String branch = key(x, EntityKind.PARTY_ORGANIZATION, "花茂村党支部");
        assertFact(x, post, ORG.postIn.getURI(), branch);
        assertFact(x, village, RKG.grows.getURI(), "concept/mihoutao");
        assertTrue(x.facts().stream().anyMatch(f -> f.subject().equals(village) && f.predicate().equals(RKG.implements_.getURI())
                && ((Term.Ref) f.object()).key().startsWith("program/全国乡村旅游重点村")), dump(x));
        assertTrue(entity(x, EntityKind.HONOUR, "中国美丽休闲乡村").isPresent(), dump(x));
    }

    @Test
    void listsOfProjectsAndSubsidiesRunInTheCounty() {
        Extraction x = extract("河南省兰考县",
                "兰考县实施高标准农田建设、农村人居环境整治等重点项目，落实好脱贫人口小额信贷、雨露计划等帮扶政策。");
        String county = key(x, EntityKind.COUNTY, "兰考县");
        assertFact(x, county, RKG.partOf.getURI(), "place/410200");
        for (String p : List.of("高标准农田", "农村人居环境整治", "小额信贷", "雨露计划")) {
            assertTrue(x.facts().stream().anyMatch(f -> f.subject().equals(county)
                    && f.predicate().equals(RKG.implements_.getURI()) && ((Term.Ref) f.object()).key().equals("program/" + p)),
                    () -> p + "\n" + dump(x));
        }
        assertTrue(x.entities().stream().anyMatch(e -> e.kind() == EntityKind.SUBSIDY && e.label().equals("小额信贷")));
    }

    @Test
    void companyNamedInFullIsTheCompanyLaterCalled公司() {
        Extraction x = extract("湖南花垣县双龙镇十八洞村",
                "十八洞村引进了花垣县苗汉子野生蔬菜开发有限公司。2019年，公司带动村民养殖湘西黄牛200余头，种植猕猴桃1000亩。"
                        + "村民从山上搬迁到县城的幸福家园小区。");
        String village = key(x, EntityKind.VILLAGE, "十八洞村");
        String company = key(x, EntityKind.COMPANY, "花垣县苗汉子野生蔬菜开发有限公司");
        assertFact(x, company, RKG.locatedIn.getURI(), village);
        // 湘西黄牛 is a breed named after its place: the company raises it, and it is narrower than 牛
        String breed = key(x, EntityKind.LIVESTOCK, "湘西黄牛");
        assertFact(x, company, RKG.raises.getURI(), breed);
        assertFact(x, breed, org.apache.jena.vocabulary.SKOS.broader.getURI(), "concept/niu");
        String cattle = quantity(x, company, "200", "头");
        assertFact(x, cattle, "http://purl.org/dc/terms/subject", breed);
        String estate = key(x, EntityKind.RESIDENTIAL_COMMUNITY, "幸福家园小区");
        assertFact(x, village, RKG.residentsLiveIn.getURI(), estate);
        assertFact(x, estate, RKG.partOf.getURI(), "place/433124");
    }

    @Test
    void discrepancyHonourAndPlansAreToldApart() {
        Extraction x = extract("浙江安吉县余村",
                "浙江省安吉县天子湖镇余村连续多年被县委评为“五好”村党组织，村委会主任王刚表示，今年计划新增民宿10家。");
        String village = key(x, EntityKind.VILLAGE, "余村");
        String disc = x.entities().stream().filter(e -> e.kind() == EntityKind.DISCREPANCY).findFirst().orElseThrow().key();
        assertFact(x, disc, RKG.concerns.getURI(), village);
        assertFact(x, disc, RKG.statedName.getURI(), "天子湖镇");
        assertFact(x, disc, RKG.officialParent.getURI(), "place/330523108");
        assertFact(x, village, RKG.partOf.getURI(), "place/330523108");
        String honour = key(x, EntityKind.HONOUR, "“五好”村党组织");
        assertFact(x, village, RKG.implements_.getURI(), honour);
        assertTrue(entity(x, EntityKind.PERSON, "王刚").isPresent(), dump(x));
        assertTrue(x.entities().stream().noneMatch(e -> e.kind() == EntityKind.QUANTITY), "a plan is not a fact:\n" + dump(x));
    }

    @Test
    void nameEndsWhereSpeechBegins() {
        Extraction x = extract("", "四川省苍溪县歧坪镇负责人张强说，今年的猕猴桃长势很好。");
        assertTrue(entity(x, EntityKind.PERSON, "张强").isPresent(), dump(x));
        assertTrue(entity(x, EntityKind.PERSON, "张强说").isEmpty(), dump(x));
    }

    @Test
    void measureIsTheNounTheFigureQuantifies() {
        Extraction x = extract("", "甘肃省通渭县平襄镇经两次搬迁，利用村集体历年积攒的300多万元资金，建成光伏电站，装机容量20兆瓦。");
        String town = key(x, EntityKind.TOWNSHIP, "平襄镇");
        assertFact(x, quantity(x, town, "300", "万元"), RKG.measure.getURI(), "资金");
        String moves = quantity(x, town, "2", "次");
        assertFalse(x.facts().stream().anyMatch(f -> f.subject().equals(moves) && f.predicate().equals(RKG.measure.getURI())
                && ((Term.Lit) f.object()).lexical().equals("经")), dump(x));
    }

    @Test
    void cooperativeNamedByWhatItRaises() {
        Extraction x = extract("", "内蒙古通辽市科尔沁左翼后旗努古斯台镇，牧民们成立了养牛专业合作社，存栏肉牛1.2万头。");
        String coop = key(x, EntityKind.COOPERATIVE, "养牛专业合作社");
        assertFact(x, coop, RKG.locatedIn.getURI(), "place/150522108");
        assertFact(x, coop, RKG.raises.getURI(), "concept/rouniu");
        assertFact(x, quantity(x, coop, "12000", "头"), RKG.bound.getURI(), "exact");
    }

    @Test
    void ordinaryWordsYieldNothing() {
        Extraction x = extract("", "坚持和平发展道路，推动资源共享，办好每一件民生实事。");
        assertTrue(x.entities().isEmpty(), dump(x));
        assertTrue(x.facts().isEmpty(), dump(x));
    }

    @Test
    void everyMentionSpanMatchesTheText() {
        String text = "山西省泽州县北义城镇围绕“薯米果蔬”四大特色产业，推进鲁村小米现代农业一体化等项目。";
        Extraction x = extract("", text);
        assertFalse(x.mentions().isEmpty());
        for (Mention m : x.mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
        String township = key(x, EntityKind.TOWNSHIP, "北义城镇");
        for (String crop : List.of("hongshu", "xiaomi", "shuiguo", "shucai")) {
            assertFact(x, township, RKG.grows.getURI(), "concept/" + crop);
        }
        String project = key(x, EntityKind.PROJECT, "鲁村小米现代农业一体化");
        assertFact(x, project, RKG.locatedIn.getURI(), "place/140525113220");
    }
}
