package org.ruralkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralkg.extract.FlatMentionsTest.names;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How HanLP's segmentation (SegmentedNames) and the edges of names (NameEdges) correct {@code mentions}. */
class SegmentedNamesTest {
    @Test
    void partyCommitteesKeepTheirPrefixAndOneCharacterCountriesArePlaces() {
        List<String> n = names("中共浙江省委召开全体会议，中俄两国外长随后举行会谈。");
        assertTrue(n.contains("organization:中共浙江省委"), n.toString());
        assertTrue(n.contains("place:中") && n.contains("place:俄"), n.toString());
    }

    @Test
    void timesAndCountsAreNoPartOfAnOrganization() {
        List<String> n = names("上周招商银行发布了年报，不少公司也跟进，三家保险公司表示观望。");
        assertTrue(n.contains("organization:招商银行"), n.toString());
        assertTrue(n.stream().noneMatch(s -> s.contains("不少公司") || s.contains("三家") || s.contains("上周")),
                n.toString());
    }

    @Test
    void aNameThatCutsAWordIsDropped() {
        List<String> n = names("村民们全力支持乡村振兴。");
        assertTrue(n.stream().noneMatch(s -> s.startsWith("person:")), n.toString());
    }

    @Test
    void placesOfAChainAreEachFoundAndAPrepositionIsLeftOut() {
        List<String> n = names("福建漳州至台湾高雄的航线开通。");
        assertTrue(n.containsAll(List.of("place:福建", "place:漳州", "place:台湾", "place:高雄")), n.toString());
        assertTrue(n.stream().noneMatch(s -> s.contains("至")), n.toString());
    }

    @Test
    void aRiverIsNotCutByACountyInsideIt() {
        // 江南 (a district) is in the characters of 松花江|南岸, not in its words
        List<String> n = names("松花江南岸的湿地公园开放。");
        assertTrue(n.contains("place:松花江"), n.toString());
        assertTrue(!n.contains("place:江南"), n.toString());
    }

    @Test
    void formerCountriesAndCitiesAfterAPrepositionArePlaces() {
        List<String> n = names("苏联解体后，南斯拉夫的局势也发生了变化。世界粮食计划署在罗马召开执行局会议。");
        assertTrue(n.containsAll(List.of("place:苏联", "place:南斯拉夫", "place:罗马")), n.toString());
    }

    @Test
    void foreignNamesAreWholeAndCountsAreNoFirms() {
        List<String> n = names("美国总统特朗普会见了来访的以色列总理内塔尼亚胡。有一家装修公司承接了项目。");
        assertTrue(n.contains("person:内塔尼亚胡"), n.toString());
        assertTrue(n.stream().noneMatch(s -> s.contains("装修公司")), n.toString());
    }

    @Test
    void regionsArePlacesAndBodiesEndWithTheirNoun() {
        List<String> n = names("香港特别行政区第一任行政长官宣誓就职。上海市第一百货商店今天开始打折促销。");
        assertTrue(n.contains("place:香港特别行政区"), n.toString());
        assertTrue(n.contains("organization:上海市第一百货商店"), n.toString());
    }
}
