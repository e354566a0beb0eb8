package org.ruralkg.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DictionaryMatcherTest {
    private static final Map<String, Integer> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("书记", 1);
        TITLES.put("党支部书记", 2);
        TITLES.put("主任", 3);
        TITLES.put("村委会主任", 4);
    }

    @Test
    void startsAreWhereEntriesBeginEachOnce() {
        DictionaryMatcher<Integer> m = DictionaryMatcher.of(TITLES);
        // 党支部书记 and 书记 overlap; 村委会主任 and 主任 too: each start once, ascending
        assertArrayEquals(new int[] {2, 5, 8, 11}, m.starts("村里党支部书记兼村委会主任王明说"));
        assertArrayEquals(new int[0], m.starts("没有职务"));
        assertArrayEquals(new int[0], m.starts(""));
    }

    @Test
    void findFromStartsIsWhatFindFinds() {
        DictionaryMatcher<Integer> words = DictionaryMatcher.of(TITLES);
        Pattern chain = Pattern.compile("((?:党支部书记|书记|村委会主任|主任)(?:[、兼](?:党支部书记|书记|村委会主任|主任))*)"
                + "([\\u4e00-\\u9fa5]{2,3})");
        for (String text : List.of("村里党支部书记兼村委会主任王明说，主任李华和书记", "书记张三", "没有职务的人",
                "主任", "党支部书记、主任赵四与村委会主任钱五")) {
            assertEquals(matches(chain.matcher(text), null, text), matches(
                    chain.matcher(text).useTransparentBounds(true).useAnchoringBounds(false), words.starts(text), text),
                    text);
        }
    }

    /** Every match as start, end and groups, stepping on from each match's name as PersonStage does. */
    private static List<String> matches(Matcher m, int[] starts, String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < text.length() && (starts == null ? m.find(from)
                : DictionaryMatcher.find(m, starts, from, text.length()))) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1) + "/" + m.group(2));
            from = m.start(2);
        }
        return out;
    }
}
