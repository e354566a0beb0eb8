package org.ruralkg.extract;

import org.ruralkg.EntityKind;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralkg.extract.ExtractorTest.assertFact;
import static org.ruralkg.extract.ExtractorTest.dump;
import static org.ruralkg.extract.ExtractorTest.entity;
import static org.ruralkg.extract.ExtractorTest.extract;
import static org.ruralkg.extract.ExtractorTest.has;
import static org.ruralkg.extract.ExtractorTest.key;

import org.apache.jena.vocabulary.ORG;
import org.junit.jupiter.api.Test;
import org.ruralkg.vocab.RKG;

/**
 * The rules that carry extraction beyond the page it was first written on, each on sentences written for this
 * test (none from the seed or the evaluation set): bodies, seats, quoted and generic organization names, places
 * the gazetteer lacks, honours, facilities, business models, datelines, quoted villagers.
 */
class GeneralityTest {
    @Test
    void nationalBodiesAndSeatsOfThePlaceInFocus() {
        Extraction x = extract("浙江安吉：白茶带富一方", "浙江省湖州市安吉县近年来大力发展白茶产业。农业农村部有关负责人到安吉调研，"
                + "县委、县政府专门召开会议部署茶园管护。");
        key(x, EntityKind.GOVERNMENT_BODY, "农业农村部");
        String county = key(x, EntityKind.COUNTY, "安吉县");
        String committee = key(x, EntityKind.PARTY_ORGANIZATION, "安吉县委");
        assertFact(x, committee, RKG.locatedIn.getURI(), county);
        key(x, EntityKind.GOVERNMENT_BODY, "安吉县政府");
        assertFalse(has(x, "org/农业农村部", RKG.locatedIn.getURI(), county), dump(x));
    }

    @Test
    void quotedNamesAreBoundedByTheirQuotesAndKindsAreNotNames() {
        Extraction x = extract("", "湖南省岳阳市华容县万庾镇成立了“七里八乡水产品经济合作社”，全镇还有十多家水果种植专业合作社。");
        key(x, EntityKind.COOPERATIVE, "七里八乡水产品经济合作社");
        assertTrue(entity(x, EntityKind.COOPERATIVE, "水果种植专业合作社").isEmpty(), dump(x));
    }

    @Test
    void countsAndQuestionsAreNotNames() {
        Extraction x = extract("", "贵州省铜仁市石阡县聚凤乡今年建成3个标准化茶叶加工厂，还在村口修了一座小公园。"
                + "村干部一直在想，下一步到底该发展什么产业。");
        assertTrue(x.entities().stream().noneMatch(e -> e.label().matches("^(个|一座|什么).*")), dump(x));
    }

    @Test
    void bodiesNamedWithTheirPlaceAreLocatedThere() {
        Extraction x = extract("", "河北省农业农村厅近日公布了名单。");
        String body = key(x, EntityKind.GOVERNMENT_BODY, "河北省农业农村厅");
        assertFact(x, body, RKG.locatedIn.getURI(), key(x, EntityKind.PROVINCE, "河北省"));
    }

    @Test
    void honoursInAnAwardListAndBusinessModelsThatAreNot() {
        Extraction x = extract("", "湖南省岳阳市华容县兔湖垸村先后获评岳阳市文明村、湖南省卫生村等称号。"
                + "村里推行“公司+合作社+农户”模式，带动农户种植西瓜。");
        key(x, EntityKind.HONOUR, "岳阳市文明村");
        key(x, EntityKind.HONOUR, "湖南省卫生村");
        assertTrue(x.entities().stream().noneMatch(e -> e.label().contains("+")), dump(x));
    }

    @Test
    void breedsListedBeforeACountOfBreedsAreLivestockOfThePlace() {
        Extraction x = extract("", "甘肃省甘南藏族自治州玛曲县的欧拉羊、河曲马和阿万仓牦牛三大畜种都有了地理标志。"
                + "和田大枣、核桃等品种也在试种。");
        String county = key(x, EntityKind.COUNTY, "玛曲县");
        for (String breed : new String[] {"欧拉羊", "河曲马", "阿万仓牦牛"}) {
            assertFact(x, county, RKG.raises.getURI(), key(x, EntityKind.LIVESTOCK, breed));
        }
        key(x, EntityKind.CROP, "和田大枣"); // 和 joins the last two items only between names of two characters
        assertTrue(x.entities().stream().noneMatch(e -> e.kind().group() == EntityKind.Group.CONCEPT
                && e.label().endsWith("的欧拉羊")), dump(x));
    }

    @Test
    void villagesListedBareBefore等村AndSlogansThatAreNone() {
        Extraction x = extract("", "广西来宾市忻城县古蓬镇按照“党建强村、产业富村”的思路发展竹笋。"
                + "加工厂投产后，龙利、三浪、枝林等村的竹笋就能就地加工。");
        for (String village : new String[] {"龙利村", "三浪村", "枝林村"}) {
            key(x, EntityKind.VILLAGE, village);
        }
        assertTrue(x.entities().stream().noneMatch(e -> e.label().endsWith("等村") || e.label().endsWith("强村")
                || e.label().endsWith("富村")), dump(x));
    }

    @Test
    void aPrefectureTheSentenceNamesIsTheFarmerButNotAsADestination() {
        Extraction x = extract("西夏区兴泾镇：合作社带着农户养肉牛", "银川市的农民养殖肉牛已有多年。"
                + "兴泾镇西干村村民禹目沙养了20多年肉牛。");
        String city = key(x, EntityKind.PREFECTURE, "银川市");
        assertFact(x, city, RKG.raises.getURI(), key(x, EntityKind.LIVESTOCK, "肉牛"));
        Extraction trip = extract("寿光蔬菜", "山东省寿光市文家街道的菜农到潍坊推销蔬菜。");
        String weifang = key(trip, EntityKind.PREFECTURE, "潍坊市");
        assertFalse(has(trip, weifang, RKG.grows.getURI(), "concept/shucai"), dump(trip));
    }

    @Test
    void facilitiesThatAreBuiltAreProjects() {
        Extraction x = extract("", "福建省宁德市古田县大桥镇新建了智慧银耳观光园，并利用本镇300亩果园发展林下养鸡。");
        key(x, EntityKind.PROJECT, "智慧银耳观光园");
        assertTrue(x.entities().stream().noneMatch(e -> e.label().endsWith("果园") && e.kind().group() == EntityKind.Group.PROGRAM),
                dump(x));
    }

    @Test
    void loanProductsAndCountedSlogans() {
        Extraction x = extract("", "江西省赣州市安远县推出“油茶贷”，并围绕“三链融合”做强产业。");
        key(x, EntityKind.SUBSIDY, "油茶贷");
        key(x, EntityKind.CAMPAIGN, "三链融合");
    }

    @Test
    void aDatelineCityIsNeitherFocusNorTopicAndItsReportersHoldPosts() {
        Extraction x = extract("甘肃环县：养羊成了好产业",
                "新华社兰州3月5日电（记者 王小明 李红）甘肃省庆阳市环县曲子镇西沟村的羊圈里，村民正在给湖羊添草料。");
        String village = key(x, EntityKind.VILLAGE, "西沟村");
        assertTrue(x.facts().stream().anyMatch(f -> f.subject().equals(village) && f.predicate().equals(RKG.raises.getURI())),
                dump(x));
        assertFalse(x.facts().stream().anyMatch(f -> f.predicate().equals(RKG.raises.getURI())
                && f.subject().equals(key(x, EntityKind.PREFECTURE, "兰州市"))), dump(x));
        String reporter = key(x, EntityKind.PERSON, "王小明");
        assertTrue(x.facts().stream().anyMatch(f -> f.subject().equals(reporter) && f.predicate().equals(ORG.holds.getURI())),
                dump(x));
    }

    @Test
    void quotedVillagersAreFoundWithFullNames() {
        Extraction x = extract("", "四川省眉山市丹棱县仁美镇五龙村村民郭建磊说，今年的柑橘卖得不错。");
        key(x, EntityKind.PERSON, "郭建磊");
    }

    @Test
    void countriesAndRiversArePlacesAndCropsInsideNamesAreNot() {
        Extraction x = extract("", "广西壮族自治区百色市田东县的芒果远销越南、泰国，沿右江两岸的马家沟村也种上了芒果。");
        key(x, EntityKind.COUNTRY, "越南");
        String vietnam = key(x, EntityKind.COUNTRY, "越南");
        assertFact(x, vietnam, RKG.isoCode.getURI(), "VN");
        assertTrue(entity(x, EntityKind.LIVESTOCK, "马").isEmpty(), dump(x));
    }

    @Test
    void aShortNameIsTheCompanyNamedInFullBefore() {
        Extraction x = extract("", "江西省赣州市安远县引进江西山樱农林科技有限公司。去年，山樱农林收购油茶籽300吨。");
        Entity company = entity(x, EntityKind.COMPANY, "江西山樱农林科技有限公司").orElseThrow(() -> new AssertionError(dump(x)));
        assertTrue(company.altLabels().contains("山樱农林"), dump(x));
        assertTrue(x.mentions().stream().anyMatch(m -> m.text().equals("山樱农林") && m.entityKey().equals(company.key())),
                dump(x));
    }

    @Test
    void varietiesNamedAfterTheirPlaceAreNarrowerThanTheCrop() {
        Extraction x = extract("", "江西省赣州市信丰县大塘埠镇的果农种植赣南脐橙2万亩。");
        String variety = key(x, EntityKind.CROP, "赣南脐橙");
        assertTrue(has(x, variety, org.apache.jena.vocabulary.SKOS.broader.getURI(), "concept/qicheng"), dump(x));
        assertTrue(x.facts().stream().anyMatch(f -> f.predicate().equals(RKG.grows.getURI())
                && f.object() instanceof Term.Ref r && r.key().equals(variety)), dump(x));
    }

    @Test
    void oneCharacterAnimalsOnlyAsWordsOfTheirOwn() {
        Extraction x = extract("", "江西省上饶市广丰区的马家柚远近闻名，村民还养了牛。");
        assertTrue(entity(x, EntityKind.LIVESTOCK, "马").isEmpty(), dump(x));
        key(x, EntityKind.LIVESTOCK, "牛");
    }
}
