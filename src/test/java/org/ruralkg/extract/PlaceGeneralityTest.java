package org.ruralkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralkg.extract.ExtractorTest.assertFact;
import static org.ruralkg.extract.ExtractorTest.dump;
import static org.ruralkg.extract.ExtractorTest.entity;
import static org.ruralkg.extract.ExtractorTest.extract;
import static org.ruralkg.extract.ExtractorTest.key;

import org.junit.jupiter.api.Test;
import org.ruralkg.EntityKind;
import org.ruralkg.vocab.RKG;

/** Places as reports name them years after, or in lists, on sentences written for this test. */
class PlaceGeneralityTest {
    @Test
    void aTownshipUnderTheSuffixItHadBeforeItsUpgradeIsTheTownshipOfToday() {
        // 往流 of 固始县 is a 镇 in the gazetteer; an older report calls it 往流乡
        Extraction x = extract("", "河南省信阳市固始县往流乡今年种植水稻两万亩。");
        String township = key(x, EntityKind.TOWNSHIP, "往流镇");
        assertTrue(entity(x, EntityKind.TOWNSHIP, "往流镇").orElseThrow().altLabels().contains("往流乡"), dump(x));
        assertFact(x, township, RKG.partOf.getURI(), key(x, EntityKind.COUNTY, "固始县"));
        // 西留村乡 is a 乡 of 山西 and a 镇 of 遵化市: the county named before it decides
        Extraction z = extract("", "河北省唐山市遵化市西留村乡朱山庄村的栗子远近闻名。");
        assertTrue(entity(z, EntityKind.TOWNSHIP, "西留村镇").orElseThrow().altLabels().contains("西留村乡"), dump(z));
        // a stem the county has no township of stays what it was
        Extraction y = extract("", "河南省信阳市固始县东风乡今年种植水稻两万亩。");
        assertTrue(entity(y, EntityKind.TOWNSHIP, "东风镇").isEmpty(), dump(y));
    }

    @Test
    void villagesListedBareBeforeTheirCountAreVillagesOfThePlaceInFocus() {
        Extraction x = extract("", "四川省广元市苍溪县永宁镇把相邻的郭庄、大桥、北岗3个村联合起来，共同种植猕猴桃。"
                + "全县12个村建起了合作社。");
        String township = key(x, EntityKind.TOWNSHIP, "永宁镇");
        for (String village : new String[] {"郭庄村", "大桥村", "北岗村"}) {
            assertFact(x, key(x, EntityKind.VILLAGE, village), RKG.partOf.getURI(), township);
        }
        assertEquals(3, x.entities().stream().filter(e -> e.kind() == EntityKind.VILLAGE).count(), dump(x));
    }

    @Test
    void aCountyUnderItsFormerLevelKeepsTheNameTheReportUsed() {
        Extraction x = extract("", "天津市宁河县七里海镇的河蟹今年丰收。");
        assertTrue(entity(x, EntityKind.COUNTY, "宁河区").orElseThrow().altLabels().contains("宁河县"), dump(x));
        assertFact(x, key(x, EntityKind.TOWNSHIP, "七里海镇"), RKG.partOf.getURI(), key(x, EntityKind.COUNTY, "宁河区"));
    }

    @Test
    void regionsOfProvincesAndTheirAreasArePlaces() {
        Extraction x = extract("", "陕北的小米、皖南山区的茶叶和伏牛山区的香菇都上了展台。");
        key(x, EntityKind.PLACE, "陕北");
        key(x, EntityKind.PLACE, "皖南山区");
        key(x, EntityKind.PLACE, "伏牛山区");
        assertTrue(entity(x, EntityKind.PLACE, "皖南").isEmpty(), dump(x));
    }
}

