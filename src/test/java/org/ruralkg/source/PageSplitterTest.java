package org.ruralkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageSplitterTest {
    private static String page;
    private static List<PageSplitter.Part> parts;

    @BeforeAll
    static void split() throws IOException {
        try (InputStream in = PageSplitterTest.class.getResourceAsStream("/source/shanxi_page.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        parts = PageSplitter.defaults().split(page);
    }

    @Test
    void seedPageHoldsFourArticlesWithTheirTitles() {
        assertEquals(List.of("山西省泽州县北义城镇 巩固脱贫攻坚成果 扎实推进乡村振兴",
                "山西省交城县前火山村:旧村绽放“新活力”",
                "山西省应县大临河乡: “每周夜校”助推到村工作 大学生能力素质提升",
                "山西阳泉郊区魏家峪村: 种植养殖同发展 田间地头生机旺"),
                parts.stream().map(PageSplitter.Part::title).toList());
    }

    @Test
    void bylinesGiveAuthorsOrPublisher() {
        assertEquals(List.of("张莉文"), parts.get(0).authors());
        assertNull(parts.get(0).publisher());
        assertEquals(List.of(), parts.get(1).authors());
        assertEquals("交城党建在线", parts.get(1).publisher());
        assertEquals(List.of("梁同亨"), parts.get(2).authors());
        assertEquals(List.of("张嘉豪", "郭文彬"), parts.get(3).authors());
        assertNull(parts.get(3).publisher());
        for (PageSplitter.Part p : parts) {
            assertFalse(p.text().contains("(") && p.text().endsWith(")"), "byline left in body: " + p.title());
        }
        assertFalse(parts.get(1).text().contains("交城党建在线"));
    }

    @Test
    void captionLeavesTheBodyAndTheSentenceIsJoined() {
        PageSplitter.Part p = parts.get(1);
        assertEquals(List.of("前火山村引进光伏发电产业。资料图片"), p.captions());
        assertFalse(p.text().contains("资料图片"));
        assertTrue(p.text().contains("2017年6月并网发电"));
    }

    @Test
    void pageBreaksAreJoinedWithoutSeparator() {
        assertTrue(parts.get(0).text().contains("意外事故"));
        assertTrue(parts.get(1).text().contains("壮大产业主体"));
        assertTrue(parts.get(0).text().startsWith("2023年是全面贯彻"));
        assertTrue(parts.get(0).text().endsWith("推动乡村振兴战略落地见效。")
                || PageSplitter.endsSentence(parts.get(0).text()), parts.get(0).text());
    }

    @Test
    void paragraphsAreSeparatedByOneNewline() {
        String text = parts.get(3).text();
        assertEquals(5, text.split("\n", -1).length, text);
        assertFalse(text.contains("\n\n"));
        assertEquals(text.strip(), text);
    }

    @Test
    void everyCharacterMapsBackToTheSource() {
        for (PageSplitter.Part p : parts) {
            assertInvariant(page, p);
        }
    }

    @Test
    void noDateWithoutDateline() {
        parts.forEach(p -> assertNull(p.date(), p.title()));
    }

    @Test
    void singleArticleWithOpeningBylineAndDateline() {
        String single = """
                秦岭脚下的猕猴桃园

                2024年3月5日

                本报记者 王五

                陕西省周至县的猕猴桃种植户今年迎来丰收,全县种植面积超过40万亩。

                合作社负责人说,冷库建成后,果子可以错峰销售。
                """;
        List<PageSplitter.Part> ps = PageSplitter.defaults().split(single);
        assertEquals(1, ps.size());
        PageSplitter.Part p = ps.get(0);
        assertEquals("秦岭脚下的猕猴桃园", p.title());
        assertEquals(LocalDate.of(2024, 3, 5), p.date());
        assertEquals(List.of("王五"), p.authors());
        assertTrue(p.text().startsWith("陕西省周至县"));
        assertFalse(p.text().contains("2024年3月5日"));
        assertInvariant(single, p);
    }

    @Test
    void articleWithoutTitleLineIsAllBody() {
        String single = "今年以来,某县持续推进农村人居环境整治。\n\n全县共改造户厕三千余座。\n";
        List<PageSplitter.Part> ps = PageSplitter.defaults().split(single);
        assertEquals(1, ps.size());
        assertEquals("", ps.get(0).title());
        assertEquals("今年以来,某县持续推进农村人居环境整治。\n全县共改造户厕三千余座。", ps.get(0).text());
        assertInvariant(single, ps.get(0));
    }

    @Test
    void reporterAndCorrespondentBylineWithFullWidthParentheses() {
        String text = """
                湖南花垣县十八洞村: 猕猴桃产业带动增收

                十八洞村的猕猴桃基地今年挂果面积扩大到一千亩,村民在家门口就能就业。

                （记者 张三 通讯员 李四）

                贵州湄潭: 茶园里的新农人

                湄潭县的年轻人返乡种茶,带动了周边农户一起增收致富。

                （湄潭县融媒体中心）
                （2023-09-01）
                """;
        List<PageSplitter.Part> ps = PageSplitter.defaults().split(text);
        assertEquals(2, ps.size());
        assertEquals(List.of("张三", "李四"), ps.get(0).authors());
        assertNull(ps.get(0).publisher());
        assertEquals("贵州湄潭: 茶园里的新农人", ps.get(1).title());
        assertEquals("湄潭县融媒体中心", ps.get(1).publisher());
        assertEquals(List.of(), ps.get(1).authors());
        assertEquals(LocalDate.of(2023, 9, 1), ps.get(1).date());
        assertNull(ps.get(0).date());
        ps.forEach(p -> assertInvariant(text, p));
    }

    @Test
    void captionsWithOtherMarkersAndUnmarkedCaptions() {
        String text = """
                河北阜平: 香菇大棚鼓起钱袋子

                阜平县龙泉关镇建起了一百多座香菇大棚,今年的香菇订单一直排到

                村民在大棚里采摘香菇。记者 赵六 摄

                年底,村集体收入明显增加。

                合作社采用统一供种、统一管理的模式,让农户

                龙泉关镇的香菇种植基地

                少走了弯路,亩均收益提高三成。

                (赵六)
                """;
        List<PageSplitter.Part> ps = PageSplitter.defaults().split(text);
        assertEquals(1, ps.size());
        PageSplitter.Part p = ps.get(0);
        assertEquals(List.of("村民在大棚里采摘香菇。记者 赵六 摄", "龙泉关镇的香菇种植基地"), p.captions());
        assertTrue(p.text().contains("一直排到年底,村集体"), p.text());
        assertTrue(p.text().contains("让农户少走了弯路"), p.text());
        assertFalse(p.text().contains("摄"));
        assertEquals(List.of("赵六"), p.authors());
        assertInvariant(text, p);
    }

    @Test
    void shortContinuationEndingASentenceIsJoinedNotTakenForACaption() {
        String text = "冷链仓储中心建成\n\n某村建成冷链仓储中心,解决了农产品\n\n保鲜难题。\n\n下一步,该村将继续扩大规模。\n";
        PageSplitter.Part p = PageSplitter.defaults().split(text).get(0);
        assertEquals("某村建成冷链仓储中心,解决了农产品保鲜难题。\n下一步,该村将继续扩大规模。", p.text());
        assertEquals(List.of(), p.captions());
        assertInvariant(text, p);
    }

    @Test
    void sectionHeadingIsNotGluedToTheNextParagraph() {
        String text = "某县推进乡村振兴取得成效。\n\n一、产业发展\n\n全县新建大棚五百座。\n\n二、人才振兴\n\n返乡创业人员逐年增加。\n";
        PageSplitter.Part p = PageSplitter.defaults().split(text).get(0);
        assertEquals("某县推进乡村振兴取得成效。\n一、产业发展\n全县新建大棚五百座。\n二、人才振兴\n返乡创业人员逐年增加。",
                p.text());
    }

    @Test
    void crlfLineBreaksMapNewlinesToTheLineFeed() {
        String text = "标题在这里\r\n\r\n第一段文字写完了。\r\n\r\n第二段文字也写完了。\r\n";
        PageSplitter.Part p = PageSplitter.defaults().split(text).get(0);
        assertEquals("标题在这里", p.title());
        assertEquals("第一段文字写完了。\n第二段文字也写完了。", p.text());
        assertInvariant(text, p);
    }

    static void assertInvariant(String source, PageSplitter.Part p) {
        assertEquals(p.text().length(), p.offsets().length());
        for (int i = 0; i < p.text().length(); i++) {
            assertEquals(source.charAt(p.offsets().toSource(i)), p.text().charAt(i),
                    "text char " + i + " of '" + p.title() + "'");
        }
        assertEquals(p.title().length(), p.titleOffsets().length());
        for (int i = 0; i < p.title().length(); i++) {
            assertEquals(source.charAt(p.titleOffsets().toSource(i)), p.title().charAt(i));
        }
    }
}
