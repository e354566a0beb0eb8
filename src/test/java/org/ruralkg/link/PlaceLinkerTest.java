package org.ruralkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlaceLinkerTest {

    private static PlaceLinker linker;

    @BeforeAll
    static void build() {
        linker = PlaceLinker.create(Gazetteer.load());
    }

    /** "text=code" for linked matches, "text=KIND" for the others, in text order. */
    private static List<String> describe(String text) {
        return linker.link(text).stream()
                .map(m -> m.text() + "=" + (m.isLinked() ? m.division().code() : m.kind().name()))
                .toList();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // the seed page (Shanxi)
                Arguments.of("山西省泽州县北义城镇 巩固脱贫攻坚成果",
                        List.of("山西省=140000", "泽州县=140525", "北义城镇=140525113")),
                Arguments.of("山西省泽州县北义城镇持续抓好动态监测。项目包括鲁村小米现代农业一体化。",
                        List.of("山西省=140000", "泽州县=140525", "北义城镇=140525113", "鲁村=140525113220")),
                Arguments.of("交城县天宁镇前火山村原位于云梦山顶，现群众居住在县城西锦绣家园小区",
                        List.of("交城县=141122", "天宁镇=141122100", "前火山村=141122100218", "云梦山=MOUNTAIN",
                                "锦绣家园小区=RESIDENTIAL_COMMUNITY")),
                Arguments.of("山西阳泉郊区魏家峪村: 种植养殖同发展",
                        List.of("山西=140000", "阳泉=140300", "郊区=140311", "魏家峪村=140311103205")),
                // other provinces
                Arguments.of("浙江省安吉县天荒坪镇余村坚持绿水青山就是金山银山理念",
                        List.of("浙江省=330000", "安吉县=330523", "天荒坪镇=330523108", "余村=330523108204")),
                Arguments.of("贵州遵义播州区枫香镇花茂村发展乡村旅游",
                        List.of("贵州=520000", "遵义=520300", "播州区=520304", "枫香镇=520304116",
                                "花茂村=520304116203")),
                Arguments.of("河南兰考县的蜜瓜产业带动群众增收",
                        List.of("河南=410000", "兰考县=410225")),
                Arguments.of("交城的红枣远近闻名", List.of("交城=141122")),
                Arguments.of("北京市东城区开展垃圾分类", List.of("北京市=110000", "东城区=110101")),
                Arguments.of("内蒙古的草原牧区", List.of("内蒙古=150000")),
                // ambiguity without context stays unlinked
                Arguments.of("鲁村小米远近闻名", List.of()),
                Arguments.of("城关镇召开动员大会", List.of("城关镇=TOWNSHIP")),
                Arguments.of("郊区的菜农忙着采摘", List.of()),
                // common words are not places
                Arguments.of("坚持和平发展，推动资源节约，全面振兴乡村", List.of()),
                Arguments.of("山西省某县县城西边的荒山荒坡种上了树，老旧小区完成改造，干部和村民一起劳动", List.of("山西省=140000")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void linksPlaces(String text, List<String> expected) {
        assertEquals(expected, describe(text), text);
    }

    @Test
    void reportsAStatedTownshipMissingUnderTheCounty() {
        String text = "山西省阳泉郊区平定镇魏家峪村积极利用本村200多亩水果";
        PlaceMatch village = linker.link(text).stream().filter(m -> m.text().equals("魏家峪村")).findFirst().orElseThrow();
        assertEquals("140311103205", village.division().code());
        Discrepancy d = village.discrepancy().orElseThrow();
        assertEquals("平定镇", d.statedName());
        assertEquals("平定镇", text.substring(d.start(), d.end()));
        assertEquals("140311103", d.officialParent().code());
        assertEquals("平坦镇", d.officialParent().name());
        assertTrue(linker.link(text).stream().noneMatch(m -> m.isLinked() && m.division().code().equals("140321")),
                "平定 of 平定镇 is not 平定县");
    }

    @Test
    void reportsAVillageStatedUnderTheWrongTownship() {
        // 余村 lies in 天荒坪镇, not in 天子湖镇 of the same county
        String text = "浙江省安吉县天子湖镇余村";
        PlaceMatch village = linker.link(text).stream().filter(m -> m.text().equals("余村")).findFirst().orElseThrow();
        assertEquals("330523108204", village.division().code());
        Discrepancy d = village.discrepancy().orElseThrow();
        assertEquals("天子湖镇", d.statedName());
        assertEquals("330523108", d.officialParent().code());
    }

    @Test
    void autonomousDivisionsByShortFormAndLevel() {
        // 河南县 is not 南县 of 湖南 after a dropped 河南, and 恩施州 is the autonomous prefecture, not nothing
        List<PlaceMatch> found = linker.link("牦牛生在河南县，销往恩施州和循化县。");
        assertEquals(List.of("河南县", "恩施州", "循化县"), found.stream().map(PlaceMatch::text).toList());
        assertEquals(List.of("632324", "422800", "630225"),
                found.stream().map(m -> m.division().code()).toList());
        // a plain county's short form before 县 is still no county of its own ("平定县" is its full name)
        assertEquals(List.of("140321"), linker.link("平定县").stream().map(m -> m.division().code()).toList());
    }

    @Test
    void countiesUnderTheLevelTheyHadBeforeBecomingDistrictsOrCities() {
        // 宁河县 and 静海县 became districts of 天津 (撤县设区); older reports keep the old names
        assertEquals(List.of("天津市=120000", "宁河县=120117", "七里海镇=120117110", "静海县=120118", "双塘镇=120118112"),
                describe("天津市宁河县七里海镇、静海县双塘镇入选"));
        assertEquals(List.of("浙江=330000", "萧山市=330109"), describe("浙江萧山市的花木"));
        // a county-level city of that name exists: it is meant, not 南京's 栖霞区
        assertEquals(List.of("山东省=370000", "烟台市=370600", "栖霞市=370686"), describe("山东省烟台市栖霞市的苹果"));
        // a common word before a level character names no county: 平原 of 平原县 is also "plain"
        assertEquals(List.of(), describe("平原区种植小麦，山区种植玉米"));
    }

    @Test
    void mongolianVillagesAsNewsWritesThem() {
        // the statistical name is 东萨拉嘎查村; 嘎查 already means village
        PlaceMatch village = linker.link("通辽市扎鲁特旗巴彦塔拉苏木东萨拉嘎查的牧民").stream()
                .filter(m -> m.text().startsWith("东萨拉")).findFirst().orElseThrow();
        assertEquals("东萨拉嘎查", village.text());
        assertEquals("150526200220", village.division().code());
        assertEquals("东萨拉嘎查", village.division().name());
    }

    @Test
    void fillsImplicitParents() {
        PlaceMatch county = linker.link("泽州县北义城镇").get(0);
        assertEquals(List.of("140525", "140500", "140000"),
                county.chain().stream().map(Division::code).toList());
        assertFalse(county.discrepancy().isPresent());
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "据报道，山西省泽州县北义城镇持续推进。";
        for (PlaceMatch m : linker.link(text)) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
    }

    @Test
    void villagesOfSeveralCountiesAreFoundAndCachedNamesGiveTheSameAnswer() {
        String two = "泽州县北义城镇鲁村和交城县天宁镇前火山村结对帮扶";
        List<String> expected = List.of("泽州县=140525", "北义城镇=140525113", "鲁村=140525113220",
                "交城县=141122", "天宁镇=141122100", "前火山村=141122100218");
        assertEquals(expected, describe(two));
        // the village names of both counties are cached now: other articles in between, then the same one again
        assertEquals(List.of("交城县=141122", "天宁镇=141122100", "前火山村=141122100218"),
                describe("交城县天宁镇前火山村原位于云梦山顶").subList(0, 3));
        assertEquals(List.of("浙江省=330000", "安吉县=330523", "天荒坪镇=330523108", "余村=330523108204"),
                describe("浙江省安吉县天荒坪镇余村坚持绿水青山就是金山银山理念"));
        assertEquals(expected, describe(two));
        // a village of the other county is not found under this one
        assertEquals(List.of("交城县=141122"), describe("交城县的鲁村"));
    }
}
