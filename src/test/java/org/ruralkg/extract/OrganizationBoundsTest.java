package org.ruralkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralkg.extract.ExtractorTest.assertFact;
import static org.ruralkg.extract.ExtractorTest.dump;
import static org.ruralkg.extract.ExtractorTest.entity;
import static org.ruralkg.extract.ExtractorTest.extract;
import static org.ruralkg.extract.ExtractorTest.key;

import org.junit.jupiter.api.Test;
import org.ruralkg.EntityKind;
import org.ruralkg.vocab.RKG;

/**
 * Where the name of an organization begins and where the body is, on sentences written for this test (none from
 * the seed or the evaluation set).
 */
class OrganizationBoundsTest {
    @Test
    void aVerbRunningIntoAPlaceIsTheSentencesActNotPartOfTheName() {
        Extraction x = extract("", "贵州省遵义市湄潭县兴隆镇今年统筹资金，由田家沟村牵头建设兴隆镇茶叶加工厂，预计明年投产。");
        assertFalse(x.entities().stream().anyMatch(e -> e.label().startsWith("建设")), dump(x));
        assertFact(x, key(x, EntityKind.COMPANY, "兴隆镇茶叶加工厂"), RKG.locatedIn.getURI(),
                key(x, EntityKind.VILLAGE, "田家沟村"));
    }

    @Test
    void aFullAddressBeforeANameSaysWhereTheBodyIs() {
        Extraction x = extract("", "吉林省四平市梨树县郭家店镇孙家屯村金穗玉米种植专业合作社今年流转了两千亩地。"
                + "年底，梨树县郭家店镇化石山村股份经济合作社也分了红。");
        located(x, EntityKind.COOPERATIVE, "金穗玉米种植专业合作社", EntityKind.VILLAGE, "孙家屯村");
        // the village's own keeps its name
        located(x, EntityKind.COOPERATIVE, "化石山村股份经济合作社", EntityKind.VILLAGE, "化石山村");
    }

    @Test
    void aForeignCountryBeforeANameIsWhereTheBodyIs() {
        Extraction x = extract("", "四川省雅安市名山区的茶农请来了荷兰瓦赫宁根大学的专家，也去过中国农业大学。");
        located(x, EntityKind.SCHOOL, "瓦赫宁根大学", EntityKind.COUNTRY, "荷兰");
        key(x, EntityKind.SCHOOL, "中国农业大学");
    }

    @Test
    void timeWordsAndQuotedPracticesAreNoNames() {
        Extraction x = extract("", "江西省吉安市井冈山市茅坪乡神山村的神山黄桃种植专业合作社成立于2016年。"
                + "目前合作社种了300亩黄桃。乡里推广“党员领办合作社”做法。");
        assertTrue(entity(x, EntityKind.COOPERATIVE, "目前合作社").isEmpty(), dump(x));
        assertFact(x, key(x, EntityKind.COOPERATIVE, "神山黄桃种植专业合作社"), RKG.grows.getURI(),
                key(x, EntityKind.CROP, "黄桃"));
        assertTrue(x.entities().stream().noneMatch(e -> e.label().contains("领办")), dump(x));
    }

    @Test
    void aTitleOpeningWithItsLevelIsAPostOfThePlaceAtThatLevel() {
        Extraction x = extract("", "浙江省丽水市松阳县大东坝镇今年在横樟村建起民宿。镇党委书记叶建国说，民宿带火了乡村游。");
        String town = key(x, EntityKind.TOWNSHIP, "大东坝镇");
        key(x, EntityKind.PERSON, "叶建国");
        assertTrue(x.facts().stream().anyMatch(f -> f.predicate().equals(RKG.postPlace.getURI())
                && f.object() instanceof Term.Ref r && r.key().equals(town)), dump(x));
    }

    private static void located(Extraction x, EntityKind kind, String name, EntityKind placeKind, String place) {
        assertFact(x, key(x, kind, name), RKG.locatedIn.getURI(), key(x, placeKind, place));
    }

    @Test
    void aShortNameWithItsKindIsTheCompanyNamedInFull() {
        Extraction x = extract("", "江西省赣州市信丰县引进了江西绿源果业科技发展有限公司。绿源公司在当地流转土地800亩种植脐橙。");
        String company = key(x, EntityKind.COMPANY, "江西绿源果业科技发展有限公司");
        assertTrue(entity(x, EntityKind.COMPANY, "绿源公司").isEmpty(), dump(x));
        assertTrue(x.entities().stream().filter(e -> e.key().equals(company)).findFirst().orElseThrow()
                .altLabels().contains("绿源公司"), dump(x));
    }
}

