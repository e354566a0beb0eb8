package org.ruralkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralkg.extract.ExtractorTest.assertFact;
import static org.ruralkg.extract.ExtractorTest.dump;
import static org.ruralkg.extract.ExtractorTest.extract;
import static org.ruralkg.extract.ExtractorTest.key;

import org.junit.jupiter.api.Test;
import org.ruralkg.EntityKind;
import org.ruralkg.vocab.RKG;

/** Notices that list places under an honour's heading, on a notice written for this test. */
class HonourListsTest {
    private static final String NOTICE = "农业农村部日前公布2022年全国乡村特色产业超十亿元镇、超亿元村名单，"
            + "今年全国共认定示范村镇400个。山东省入选情况如下：\n\n"
            + "一、2022年全国乡村特色产业超十亿元镇（共5个，列出部分）：烟台市栖霞市松山街道；潍坊市寿光市洛城街道。\n\n"
            + "二、2022年全国乡村特色产业超亿元村（共3个）：烟台市栖霞市亭口镇衣家村（苹果）；潍坊市寿光市洛城街道东斟灌村（蔬菜）。";

    private static boolean implementsHonour(Extraction x, String subject, String honour) {
        return x.facts().stream().anyMatch(f -> f.subject().equals(subject) && f.predicate().equals(RKG.implements_.getURI())
                && f.object() instanceof Term.Ref r && r.key().startsWith("program/" + honour));
    }

    @Test
    void aHeadingThatPlacesFollowNamesTheHonourEachOfThemHolds() {
        Extraction x = extract("", NOTICE);
        key(x, EntityKind.HONOUR, "全国乡村特色产业超十亿元镇");
        key(x, EntityKind.HONOUR, "全国乡村特色产业超亿元村");
        assertTrue(implementsHonour(x, key(x, EntityKind.TOWNSHIP, "洛城街道"), "全国乡村特色产业超十亿元镇"), dump(x));
        assertTrue(implementsHonour(x, key(x, EntityKind.VILLAGE, "衣家村"), "全国乡村特色产业超亿元村"), dump(x));
        assertTrue(implementsHonour(x, key(x, EntityKind.VILLAGE, "东斟灌村"), "全国乡村特色产业超亿元村"), dump(x));
    }

    @Test
    void theSecondHonourOfAListNameSharesTheBeginningOfTheFirst() {
        Extraction x = extract("", NOTICE);
        String ministry = key(x, EntityKind.GOVERNMENT_BODY, "农业农村部");
        assertTrue(implementsHonour(x, ministry, "全国乡村特色产业超亿元村"), dump(x));
    }

    @Test
    void aSentenceOfTheNoticeIsNoHonour() {
        Extraction x = extract("", NOTICE);
        assertTrue(x.entities().stream().noneMatch(e -> e.kind().group() == EntityKind.Group.PROGRAM
                && e.label().contains("认定")), dump(x));
    }

    @Test
    void aListItemsHeadingIsAboutTheBodyItsNextSentenceOpensWith() {
        Extraction x = extract("", "湖南省怀化市麻阳苗族自治县高村镇去年成立了高村镇冰糖橙产业联合社。\n\n"
                + "二、“四个一”机制。联合社统一品种、统一农资、统一标准、统一销售，带动农户增收。");
        String union = key(x, EntityKind.COOPERATIVE, "高村镇冰糖橙产业联合社");
        assertTrue(implementsHonour(x, union, "四个一"), dump(x));
        String town = key(x, EntityKind.TOWNSHIP, "高村镇");
        assertTrue(!implementsHonour(x, town, "四个一"), dump(x));
    }

    @Test
    void aHeadingWithoutAnOrdinalAndEntriesWithNotes() {
        Extraction x = extract("", "贵州省又有一批村镇获评国家级称号。\n\n"
                + "第二批全国乡村旅游重点镇：遵义市湄潭县永兴镇，茶园连片；黔东南苗族侗族自治州雷山县西江镇，紧邻雷公山。");
        key(x, EntityKind.HONOUR, "全国乡村旅游重点镇");
        assertTrue(implementsHonour(x, key(x, EntityKind.TOWNSHIP, "永兴镇"), "全国乡村旅游重点镇"), dump(x));
        assertTrue(implementsHonour(x, key(x, EntityKind.TOWNSHIP, "西江镇"), "全国乡村旅游重点镇"), dump(x));
        assertTrue(x.facts().stream().noneMatch(f -> f.predicate().equals(RKG.implements_.getURI())
                && f.subject().contains("雷公山")), dump(x)); // a note's mountain holds no honour
    }

    @Test
    void whatAListedPlaceIsKnownForIsWhatItGrowsOrRaises() {
        Extraction x = extract("", "第十批全国“一村一品”示范村镇名单公布，辽宁省入选如下：\n\n"
                + "丹东市东港市椅圈镇（草莓）；朝阳市建平县万寿街道（小米）；铁岭市西丰县振兴镇（肉牛）。");
        assertFact(x, key(x, EntityKind.TOWNSHIP, "椅圈镇"), RKG.grows.getURI(), key(x, EntityKind.CROP, "草莓"));
        assertFact(x, key(x, EntityKind.TOWNSHIP, "振兴镇"), RKG.raises.getURI(), key(x, EntityKind.LIVESTOCK, "肉牛"));
        assertTrue(x.entities().stream().noneMatch(e -> e.kind() == EntityKind.PERSON), dump(x));
    }
}

