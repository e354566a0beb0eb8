package org.ruralkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            村民人均年收入1.35万元          | 1.35万元    | 1.35  | 万元   | EXACT         | 13500   | CNY
            村集体经济年收入100余万元       | 100余万元   | 100   | 万元   | AT_LEAST      | 1000000 | CNY
            占地3300多亩                   | 3300多亩    | 3300  | 亩     | AT_LEAST      | 2200000 | m2
            梨树近5000棵                   | 近5000棵    | 5000  | 棵     | APPROXIMATELY | 5000    | tree
            扩大至近千只                   | 近千只      | 1000  | 只     | APPROXIMATELY | 1000    | head
            引进了百余只三花鹅              | 百余只      | 100   | 只     | AT_LEAST      | 100     | head
            规模2000头                     | 2000头      | 2000  | 头     | EXACT         | 2000    | head
            建设牛舍7000多平方米            | 7000多平方米 | 7000  | 平方米 | AT_LEAST      | 7000    | m2
            装机容量100兆瓦                 | 100兆瓦     | 100   | 兆瓦   | EXACT         | 100000000 | W
            年产粮食2.5万吨                 | 2.5万吨     | 25000 | 吨     | EXACT         | 25000000 | kg
            流转土地1,200亩                 | 1,200亩     | 1200  | 亩     | EXACT         | 800000  | m2
            带动三百五十户增收              | 三百五十户   | 350   | 户     | EXACT         | 350     | household
            总投资约2.3亿元                 | 约2.3亿元   | 2.3   | 亿元   | APPROXIMATELY | 230000000 | CNY
            产值达5000万元                  | 5000万元    | 5000  | 万元   | EXACT         | 50000000 | CNY
            种植面积50公顷左右              | 50公顷左右  | 50    | 公顷   | APPROXIMATELY | 500000  | m2
            亩产不足800斤                   | 不足800斤   | 800   | 斤     | AT_MOST       | 400     | kg
            增收3万多元                     | 3万多元     | 3     | 万元   | AT_LEAST      | 30000   | CNY
            """)
    void normalizes(String text, String span, String value, String unit, QuantityMatch.Bound bound,
                    String normalized, String normalizedUnit) {
        List<QuantityMatch> found = QuantityParser.find(text, 10);
        assertEquals(1, found.size(), () -> "found " + found);
        QuantityMatch q = found.get(0);
        assertEquals(span, q.text());
        assertEquals(10 + text.indexOf(span), q.start());
        assertEquals(q.start() + span.length(), q.end());
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), () -> "value " + q.value());
        assertEquals(unit, q.unit());
        assertEquals(bound, q.bound());
        assertEquals(0, new BigDecimal(normalized).compareTo(q.normalizedValue()), () -> "normalized " + q.normalizedValue());
        assertEquals(normalizedUnit, q.normalizedUnit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015年6月建设", "一是乡党委认真落实", "组织一人领学", "2023年是全面贯彻之年", "二十大精神"})
    void ignoresDatesAndIdioms(String text) {
        assertTrue(QuantityParser.find(text, 0).isEmpty(), () -> "found " + QuantityParser.find(text, 0));
    }

    @org.junit.jupiter.api.Test
    void findsSeveralInOneClause() {
        List<QuantityMatch> qs = QuantityParser.find("全镇脱贫人口57户118人", 0);
        assertEquals(2, qs.size());
        assertEquals("57户", qs.get(0).text());
        assertEquals("118人", qs.get(1).text());
        assertEquals("person", qs.get(1).normalizedUnit());
    }

    @org.junit.jupiter.api.Test
    void readsChineseNumerals() {
        assertEquals(350, QuantityParser.parseChinese("三百五十").intValue());
        assertEquals(20000, QuantityParser.parseChinese("两万").intValue());
        assertEquals(15, QuantityParser.parseChinese("十五").intValue());
        assertEquals(1000, QuantityParser.parseChinese("千").intValue());
        assertEquals(1205, QuantityParser.parseChinese("一千二百零五").intValue());
    }
}
