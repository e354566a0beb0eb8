package org.ruralkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.ruralkg.extract.ExtractorTest.assertFact;
import static org.ruralkg.extract.ExtractorTest.dump;
import static org.ruralkg.extract.ExtractorTest.extract;
import static org.ruralkg.extract.ExtractorTest.has;
import static org.ruralkg.extract.ExtractorTest.key;

import org.junit.jupiter.api.Test;
import org.ruralkg.EntityKind;
import org.ruralkg.vocab.RKG;

/**
 * Who grows or raises what, and the names of the bodies that do, on sentences written for this test (none from
 * the seed or the evaluation set).
 */
class FarmingRulesTest {
    @Test
    void aProducerWhoseNameSaysWhatItFarmsFarmsIt() {
        Extraction x = extract("", "湖北省恩施州宣恩县万寨乡的宣恩县伍家台茶叶种植专业合作社今年新添了两台揉捻机。"
                + "同乡的万寨乡金湾黑猪养殖专业合作社也在扩建圈舍。县里还有一家鲜果种植专业合作社。");
        String tea = key(x, EntityKind.COOPERATIVE, "宣恩县伍家台茶叶种植专业合作社");
        assertFact(x, tea, RKG.grows.getURI(), "concept/chaye");
        String pigs = key(x, EntityKind.COOPERATIVE, "万寨乡金湾黑猪养殖专业合作社");
        assertFact(x, pigs, RKG.raises.getURI(), "concept/heizhu");
    }

    @Test
    void aOneCharacterAnimalInANameCountsOnlyWithItsFarmingVerb() {
        Extraction x = extract("", "山东省临沂市沂南县的临沂金牛农业专业合作社与沂南县养羊专业合作社签了协议。");
        String bull = key(x, EntityKind.COOPERATIVE, "临沂金牛农业专业合作社");
        assertFalse(has(x, bull, RKG.raises.getURI(), "concept/niu"), dump(x));
        assertFact(x, key(x, EntityKind.COOPERATIVE, "沂南县养羊专业合作社"), RKG.raises.getURI(), "concept/yang");
    }

    @Test
    void thePlaceWhoseFarmersASentenceNamesAfterTheCropFarmsIt() {
        Extraction x = extract("湖南省邵阳市隆回县七江镇：金银花开", "湖南省邵阳市隆回县七江镇今年又扩种了一批金银花。"
                + "金银花种植已成为隆回县农民增收的主导产业。");
        String county = key(x, EntityKind.COUNTY, "隆回县");
        String crop = key(x, EntityKind.CROP, "金银花");
        assertFact(x, county, RKG.grows.getURI(), crop);
    }

    @Test
    void animalsListedAsAPlacesIndustriesAreRaisedThere() {
        Extraction x = extract("", "云南省大理州洱源县围绕奶牛、生猪和糖蔗等特色产业做文章。");
        String county = key(x, EntityKind.COUNTY, "洱源县");
        assertFact(x, county, RKG.raises.getURI(), key(x, EntityKind.LIVESTOCK, "奶牛"));
        assertFact(x, county, RKG.raises.getURI(), "concept/zhu");
        assertFact(x, county, RKG.grows.getURI(), "concept/ganzhe");
    }

    @Test
    void cropsTheSchemeLackedUntilNow() {
        Extraction x = extract("", "辽宁省丹东市凤城市的农户今年种植树莓和黄芩，山坡上还播种了鸡爪谷。");
        String city = key(x, EntityKind.COUNTY, "凤城市");
        for (String crop : new String[] {"concept/shumei", "concept/huangqin", "concept/longzhuaji"}) {
            assertFact(x, city, RKG.grows.getURI(), crop);
        }
    }

    @Test
    void aSentenceWithoutAPlaceThatEndsWithABodyFarmsForThatBody() {
        Extraction x = extract("", "甘肃省张掖市甘州区党寨镇引进了甘州区祁连源生态农业有限公司。"
                + "老板从外地买来两百只小尾寒羊，交给公司统一饲养。");
        assertFact(x, key(x, EntityKind.COMPANY, "甘州区祁连源生态农业有限公司"), RKG.raises.getURI(),
                key(x, EntityKind.LIVESTOCK, "小尾寒羊"));
    }

    @Test
    void namesListedWithKnownCropsAreCropsToo() {
        Extraction x = extract("", "浙江省台州市黄岩区头陀镇的果园里有蜜橘、早熟蜜橘、红美人柑、枇杷和杨梅。"
                + "村民都种水稻、油菜。");
        String town = key(x, EntityKind.TOWNSHIP, "头陀镇");
        assertFact(x, town, RKG.grows.getURI(), key(x, EntityKind.CROP, "早熟蜜橘")); // a variety of 蜜桔 (蜜橘)
        assertFact(x, town, RKG.grows.getURI(), key(x, EntityKind.CROP, "红美人柑")); // 柑 as in 柑橘
        assertFalse(x.entities().stream().anyMatch(e -> e.label().startsWith("都种")), dump(x));
    }

    @Test
    void aCommaListingCropsKeepsTheProducerAndFeedIsNoCrop() {
        Extraction x = extract("", "安徽省六安市霍山县的霍山县大化坪茶叶专业合作社种植石斛、灵芝和茶叶，"
                + "还收购青贮饲草料喂牛。");
        assertFalse(x.entities().stream().anyMatch(e -> e.label().equals("饲草")), dump(x));
        assertFact(x, key(x, EntityKind.COOPERATIVE, "霍山县大化坪茶叶专业合作社"), RKG.grows.getURI(), "concept/lingzhi");
    }

    @Test
    void namesListedBeforeVarietiesOfACropAreItsVarieties() {
        Extraction x = extract("", "山东省泰安市肥城市仪阳街道的村民今年种上了龙薯9号、普薯32、商薯19等红薯品种。");
        for (String variety : new String[] {"龙薯9号", "普薯32", "商薯19"}) {
            key(x, EntityKind.CROP, variety);
        }
    }

    @Test
    void aBreedNamedAfterAPlaceTheArticleNamesIsABreed() {
        // 文昌鸡 is one word to HanLP, so its 鸡 is no token of its own
        Extraction x = extract("", "海南省文昌市会文镇的农户今年多养了一批文昌鸡。");
        key(x, EntityKind.LIVESTOCK, "文昌鸡");
    }
}

