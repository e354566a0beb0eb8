package org.ruralkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PatternStartsTest {
    /** Shapes the stages' cue patterns take: words, groups optional or not, plain classes, a lookbehind. */
    private static final List<String> UNDERSTOOD = List.of(
            "种植|果园|园|(?<![品物一])种(?![类子])",
            "(?:示范基地|基地|产业园)",
            "(?:被|先后)?(?:评为|获评|荣获)(?:了|为)?",
            "(该|本|全)?(村|乡|镇)?(?:[“\"]两委[”\"]|党支部|村委会)|(该|本)?(村|县)(?:委(?![员托])|政府)",
            "(?<lvl>全国|省级)“?[^，。]{1,6}?示范村",
            "村{0,2}里|镇上",
            "(?<pre>约|近)?(?<num>\\d+(?:\\.\\d+)?|[一二三四五六七八九十百千万]+)(?<unit>亩|户|人|万元)",
            Pattern.quote("合作社") + "|" + Pattern.quote("村") + "?" + Pattern.quote("委员会(") + "|" + Pattern.quote("县"));
    /** Shapes it must leave to find(): a range, another escape, an anchor, an empty alternative, a lookahead first. */
    private static final List<String> NOT_UNDERSTOOD = List.of(
            "[\\u4e00-\\u9fa5]{2}村", "\\w+年", "^\\S", "村|", "(?:全)?", "(?=村)村里", "[^，]+村", ".*基地",
            Pattern.quote("村") + "?");

    @Test
    void findsWhatFindFinds() throws IOException {
        List<String> texts = texts();
        for (String re : concat(UNDERSTOOD, NOT_UNDERSTOOD)) {
            Pattern p = Pattern.compile(re);
            PatternStarts starts = PatternStarts.of(p);
            int found = 0;
            for (String t : texts) {
                List<String> plain = new ArrayList<>();
                Matcher m = p.matcher(t);
                while (m.find()) {
                    plain.add(m.start() + "-" + m.end() + ":" + m.group());
                }
                List<String> narrowed = new ArrayList<>();
                Matcher n = p.matcher(t);
                for (int from = 0; starts.find(n, t, from); from = PatternStarts.after(n)) {
                    narrowed.add(n.start() + "-" + n.end() + ":" + n.group());
                }
                assertEquals(plain, narrowed, re);
                found += plain.size();
            }
            assertTrue(found > 0 || re.contains("lvl"), "no match of " + re + " in the eval texts: proves nothing");
        }
    }

    @Test
    void narrowsOnlyWhatItUnderstands() {
        UNDERSTOOD.forEach(re -> assertTrue(PatternStarts.of(Pattern.compile(re)).narrows(), re));
        NOT_UNDERSTOOD.forEach(re -> assertFalse(PatternStarts.of(Pattern.compile(re)).narrows(), re));
        assertFalse(PatternStarts.of(Pattern.compile("ab|村里", Pattern.CASE_INSENSITIVE)).narrows(), "a flag");
    }

    @Test
    void lookbehindSeesTheTextBeforeTheMatch() {
        Pattern p = Pattern.compile("(?<![品物])种");
        Matcher m = p.matcher("品种和种子");
        assertTrue(PatternStarts.of(p).find(m, "品种和种子", 0));
        assertEquals(3, m.start());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<String> texts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/eval/articles"))) {
            List<String> out = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            }
            return out;
        }
    }
}
