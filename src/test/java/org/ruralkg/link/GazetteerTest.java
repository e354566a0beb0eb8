package org.ruralkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralkg.RuralKgException;
import org.ruralkg.EntityKind;
import org.ruralkg.link.Division.Level;

class GazetteerTest {

    private static final Gazetteer G = Gazetteer.load();

    private static List<String> codes(List<Division> divisions) {
        return divisions.stream().map(Division::code).toList();
    }

    @Test
    void loadsOnceWithAllLevels() {
        assertSame(G, Gazetteer.load());
        assertTrue(G.size() > 600_000, "size " + G.size());
    }

    @Test
    void byCodeAtEveryLevel() {
        assertEquals(new Division("140000", "山西省", "山西省", Level.PROVINCE, null), G.byCode("140000").orElseThrow());
        assertEquals(new Division("140500", "晋城市", "晋城市", Level.PREFECTURE, "140000"), G.byCode("140500").orElseThrow());
        assertEquals(new Division("140525", "泽州县", "泽州县", Level.COUNTY, "140500"), G.byCode("140525").orElseThrow());
        assertEquals(new Division("140525113", "北义城镇", "北义城镇", Level.TOWNSHIP, "140525"),
                G.byCode("140525113").orElseThrow());
        Division lucun = G.byCode("140525113220").orElseThrow();
        assertEquals("鲁村", lucun.name());
        assertEquals("鲁村村委会", lucun.officialName());
        assertEquals(EntityKind.VILLAGE, lucun.kind());
        assertEquals("place/140525113220", lucun.entityKey());
    }

    @Test
    void unknownAndMalformedCodesAreEmpty() {
        assertTrue(G.byCode("140599").isEmpty());
        assertTrue(G.byCode("14").isEmpty());
        assertTrue(G.byCode("abc").isEmpty());
        assertTrue(G.byCode(null).isEmpty());
        assertTrue(G.chain("999999").isEmpty());
    }

    @Test
    void chainRunsUpToTheProvince() {
        assertEquals(List.of("140311103205", "140311103", "140311", "140300", "140000"), codes(G.chain("140311103205")));
        assertEquals("魏家峪村", G.chain("140311103205").get(0).name());
    }

    @Test
    void childrenAreTheDirectSubdivisions() {
        List<Division> counties = G.children("140500");
        assertTrue(codes(counties).contains("140525"));
        assertTrue(counties.stream().allMatch(d -> d.level() == Level.COUNTY && "140500".equals(d.parentCode())));
        List<Division> villages = G.children("140525113");
        assertTrue(codes(villages).contains("140525113220"));
        assertTrue(villages.stream().allMatch(d -> d.code().startsWith("140525113")));
        assertTrue(G.children("140525113220").isEmpty());
    }

    @Test
    void committeeSuffixesAreStrippedFromVillageNames() {
        assertEquals("魏家峪村", G.byCode("140311103205").orElseThrow().name());
        assertEquals("银闸社区", G.byCode("110101001002").orElseThrow().name()); // 银闸社区居委会
        assertEquals("大北家园社区", G.byCode("110105001035").orElseThrow().name()); // 大北家园社区居民委员会
        assertEquals("第一街", G.byCode("120113106201").orElseThrow().name()); // 第一街委员会
        assertEquals(List.of("140525113220"), codes(G.byName("鲁村村委会").stream()
                .filter(d -> d.code().startsWith("140525")).toList()));
    }

    @Test
    void placeholderPrefecturesAreNotDivisions() {
        assertTrue(G.byCode("110100").isEmpty(), "市辖区 of Beijing");
        assertTrue(G.byName("市辖区").isEmpty());
        assertEquals(List.of("110101", "110000"), codes(G.chain("110101"))); // 东城区 directly under 北京市
        assertEquals("500000", G.byCode("500229").orElseThrow().parentCode()); // 城口县, county of Chongqing
        assertEquals("410000", G.byCode("419001").orElseThrow().parentCode()); // 济源市, under the province
        Division dongguanTownship = G.children("441900").get(0);
        assertEquals(Level.TOWNSHIP, dongguanTownship.level());
        assertEquals(Level.PREFECTURE, G.byCode("441900").orElseThrow().level());
    }

    @Test
    void shortFormsFindDivisions() {
        assertEquals(List.of("141122"), codes(G.byName("交城")));
        assertEquals(List.of("140000"), codes(G.byName("山西")));
        assertEquals(List.of("450000"), codes(G.byName("广西")));
        assertEquals(List.of("650000"), codes(G.byName("新疆")));
        assertEquals(List.of("150000"), codes(G.byName("内蒙古")));
        assertTrue(codes(G.byName("恩施")).contains("422800"), "恩施土家族苗族自治州");
        assertTrue(G.byName("郊区").size() >= 3, "郊区 exists in several cities");
        assertTrue(G.byName("郊").isEmpty(), "no one-character short forms");
    }

    @Test
    void badInputNamesTheLine() {
        String tsv = "140000\t山西省\n1400x\t坏\n";
        RuralKgException e = assertThrows(RuralKgException.class, () -> Gazetteer.read(
                new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv"));
        assertTrue(e.getMessage().startsWith("test.tsv:2:"), e.getMessage());
        assertReadFails("140000\t山西省\n\n140100\t太原市\textra\n", "test.tsv:3: expected 'code<TAB>name', got");
        assertReadFails("140000\t山西省\n140100", "test.tsv:2: expected 'code<TAB>name', got '140100'");
    }

    @Test
    void blankLinesAreSkippedAndQuoteMarksAreText() {
        Gazetteer g = Gazetteer.read(new ByteArrayInputStream("\n140000\t山西省\n\n140100\t\"太原\"市\n"
                .getBytes(StandardCharsets.UTF_8)), "test.tsv");
        assertEquals(2, g.size());
        assertEquals("\"太原\"市", g.byCode("140100").orElseThrow().officialName());
    }

    private static void assertReadFails(String tsv, String messageStart) {
        RuralKgException e = assertThrows(RuralKgException.class, () -> Gazetteer.read(
                new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv"));
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
    }
}
