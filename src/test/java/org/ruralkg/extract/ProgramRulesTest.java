package org.ruralkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralkg.extract.ExtractorTest.assertFact;
import static org.ruralkg.extract.ExtractorTest.dump;
import static org.ruralkg.extract.ExtractorTest.extract;
import static org.ruralkg.extract.ExtractorTest.key;

import org.junit.jupiter.api.Test;
import org.ruralkg.EntityKind;
import org.ruralkg.vocab.RKG;

/**
 * Programmes and who implements them, on sentences written for this test: partners that build with a subject,
 * subjects carried over from an earlier clause, honours given by a ministry, honours a count refers back to,
 * list names that cover two honours, festivals, brand drives, reforms, counted facilities and levelled projects.
 */
class ProgramRulesTest {
    private static final String IMPLEMENTS = RKG.implements_.getURI();

    private static void noProgram(Extraction x, java.util.function.Predicate<String> label) {
        assertTrue(x.entities().stream().noneMatch(e -> e.kind().group() == EntityKind.Group.PROGRAM
                && label.test(e.label())), dump(x));
    }

    @Test
    void partnersBuildWithTheSubjectOfAnEarlierClause() {
        Extraction x = extract("", "浙江省丽水市松阳县农业农村局联合浙江大学和中国农业科学院茶叶研究所，建成了松阳银猴茶良种繁育基地。");
        String base = key(x, EntityKind.PROJECT, "松阳银猴茶良种繁育基地");
        String bureau = x.entities().stream().filter(e -> e.kind() == EntityKind.GOVERNMENT_BODY
                && e.label().endsWith("松阳县农业农村局")).findFirst().orElseThrow().key();
        assertFact(x, bureau, IMPLEMENTS, base);
        assertFact(x, key(x, EntityKind.SCHOOL, "浙江大学"), IMPLEMENTS, base);
    }

    @Test
    void theMinistryInFrontOfAnHonourGivesIt() {
        Extraction x = extract("", "浙江省丽水市松阳县古市镇筏铺村去年入选农业农村部中国美丽休闲乡村。");
        key(x, EntityKind.HONOUR, "中国美丽休闲乡村");
        noProgram(x, label -> label.startsWith("农业农村部中国"));
    }

    @Test
    void aCountOfHonoursNamedBeforeListsThePlacesThatHoldThem() {
        Extraction x = extract("", "农业农村部公布了全国一村一品示范村镇名单，松阳县古市镇筏铺村入选。"
                + "松阳县此前入选的另外2个示范村镇，分别是大东坝镇灯塔村，主打茶叶；大东坝镇后宅村，主打香榧。");
        noProgram(x, label -> label.contains("另外"));
        for (String village : new String[] {"灯塔村", "后宅村"}) {
            String v = key(x, EntityKind.VILLAGE, village);
            assertTrue(x.facts().stream().anyMatch(f -> f.subject().equals(v) && f.predicate().equals(IMPLEMENTS)
                    && f.object() instanceof Term.Ref r && r.key().startsWith("program/全国一村一品示范村镇")), dump(x));
        }
    }

    @Test
    void aListNameCoveringTwoHonoursIsNeitherWhenBothAreNamed() {
        Extraction x = extract("", "农业农村部公布第三批全国乡村治理示范村镇名单。\n一、全国乡村治理示范乡镇\n松阳县大东坝镇\n"
                + "二、全国乡村治理示范村\n松阳县古市镇筏铺村");
        key(x, EntityKind.HONOUR, "全国乡村治理示范乡镇");
        noProgram(x, "全国乡村治理示范村镇"::equals);
    }

    @Test
    void festivalsBrandDrivesAndReformsAreProgrammes() {
        Extraction x = extract("", "山东省烟台市栖霞市已连续举办了十届苹果文化节。市里以“果乡红帆”品牌创建为抓手，"
                + "还推行了“果园托管”改革。");
        String city = key(x, EntityKind.COUNTY, "栖霞市");
        assertFact(x, city, IMPLEMENTS, key(x, EntityKind.PROGRAM, "苹果文化节"));
        key(x, EntityKind.CAMPAIGN, "果乡红帆");
        key(x, EntityKind.POLICY, "果园托管");
    }

    @Test
    void countedFacilitiesAreKindsAndLevelledBuildsAreProgrammes() {
        Extraction x = extract("", "山东省烟台市栖霞市建有苹果交易市场12个，今年又新建了3个采摘园。"
                + "市里申报的国家级田园综合体建设项目获批。");
        noProgram(x, label -> label.endsWith("交易市场") || label.endsWith("采摘园"));
        key(x, EntityKind.PROGRAM, "国家级田园综合体");
    }

    @Test
    void aBodyReferredToByItsKindIsTheSubject() {
        Extraction x = extract("", "山东省烟台市栖霞市松山街道的栖霞富民苹果专业合作社成立于2015年。合作社先后被评为国家级示范合作社。");
        String coop = key(x, EntityKind.COOPERATIVE, "栖霞富民苹果专业合作社");
        assertTrue(x.facts().stream().anyMatch(f -> f.subject().equals(coop) && f.predicate().equals(IMPLEMENTS)
                && f.object() instanceof Term.Ref r && r.key().startsWith("program/国家级示范合作社")), dump(x));
    }

    @Test
    void aCountedSloganSummingUpTheListBeforeItOrASayingNamesNoProgramme() {
        Extraction x = extract("", "湖南省怀化市麻阳苗族自治县高村镇的合作社围绕选种、施肥、采收和销售“四统一”带动农户。"
                + "老人们常说这里“七山二水一分田”，耕地很少。镇里还建立了定岗、定责、定时“三定”考核机制。");
        noProgram(x, label -> label.equals("四统一") || label.equals("七山二水一分田"));
        key(x, EntityKind.POLICY, "三定");
    }

    @Test
    void aKindOfIndustryOrOfFundsIsNoProgramme() {
        Extraction x = extract("", "湖南省怀化市麻阳苗族自治县高村镇今年争取到衔接资金200万元，继续发展绿色产业，还引进了光伏产业。");
        noProgram(x, label -> label.contains("衔接") || label.equals("绿色产业"));
        key(x, EntityKind.PROJECT, "光伏产业");
    }

    @Test
    void anHonourOnlyTheTitleNamesIsMentionedInTheTitleAndHeldByItsPlace() {
        String title = "余村获评全国美丽休闲乡村";
        Extraction x = extract(title, "浙江省湖州市安吉县天荒坪镇余村近年来发展乡村旅游，村民收入逐年增加。");
        String honour = key(x, EntityKind.HONOUR, "全国美丽休闲乡村");
        Mention m = x.mentions().stream().filter(n -> n.entityKey().equals(honour)).findFirst().orElseThrow();
        assertTrue(m.sentence() == Mention.TITLE && title.substring(m.start(), m.end()).equals(m.text()), m.toString());
        String village = key(x, EntityKind.VILLAGE, "余村");
        assertTrue(x.facts().stream().anyMatch(f -> f.subject().equals(village) && f.predicate().equals(IMPLEMENTS)
                && f.object().equals(new Term.Ref(honour)) && f.evidence().sentence() == Mention.TITLE), dump(x));
    }

    @Test
    void aProgrammeInTheTitleThatDescribesPlacesIsNoneOfItsOwn() {
        Extraction x = extract("安吉“千万工程”村庄再添一个", "浙江省湖州市安吉县天荒坪镇余村近年来发展乡村旅游。");
        noProgram(x, label -> true);
    }

    @Test
    void aPolicyDocumentInBookTitleMarksAndAnHonourOfLevelAndHeadOnlyAreNamed() {
        Extraction x = extract("", "湖南省怀化市麻阳苗族自治县高村镇依照《麻阳县乡村产业振兴三年实施方案》调整种植结构。"
                + "镇里的种粮大户刘明军前年被评为全国劳动模范，他的书桌上放着《稻田养鱼技术》。");
        key(x, EntityKind.POLICY, "麻阳县乡村产业振兴三年实施方案");
        key(x, EntityKind.HONOUR, "全国劳动模范");
        noProgram(x, label -> label.contains("稻田养鱼"));
        String town = key(x, EntityKind.TOWNSHIP, "高村镇");
        assertTrue(x.facts().stream().noneMatch(f -> f.subject().equals(town) && f.predicate().equals(IMPLEMENTS)
                && f.object() instanceof Term.Ref r && r.key().startsWith("program/全国劳动模范")), dump(x));
    }

    @Test
    void aProjectBuiltAtAPlaceLiesThereAndFacilitiesAreNamedWhereverTheTextPutsThem() {
        Extraction x = extract("", "湖南省怀化市麻阳苗族自治县高村镇今年争取到资金200万元，在车头村新建冰糖橙标准化种植基地。"
                + "镇里另建了200亩高山蓝莓基地。游客们在麻阳苗族文化主题馆里参观。");
        String base = key(x, EntityKind.PROJECT, "冰糖橙标准化种植基地");
        assertFact(x, key(x, EntityKind.TOWNSHIP, "高村镇"), IMPLEMENTS, base);
        assertFact(x, base, RKG.locatedIn.getURI(), key(x, EntityKind.VILLAGE, "车头村"));
        key(x, EntityKind.PROJECT, "高山蓝莓基地");
        key(x, EntityKind.PROJECT, "麻阳苗族文化主题馆");
    }

    @Test
    void theNamedSupportProgrammeIsOneAndTheAimIsNot() {
        Extraction x = extract("", "湖南省郴州市汝城县文明瑶族乡去年争取到中央财政扶持壮大村级集体经济项目资金50万元。"
                + "村里为了壮大村集体经济，还办起了民宿。");
        assertFact(x, key(x, EntityKind.TOWNSHIP, "文明瑶族乡"), IMPLEMENTS, key(x, EntityKind.PROGRAM, "扶持壮大村级集体经济"));
        noProgram(x, label -> label.startsWith("发展壮大") || label.equals("壮大村集体经济"));
    }
}

