package org.ruralkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source offsets checked character by character for every reader: each character of the text is the source
 * character at its offset, or an escape there that stands for it; what cannot be traced is reported, not guessed.
 */
class SourceOffsetsTest {
    @TempDir
    Path dir;

    private final List<ReadProblem> problems = new ArrayList<>();

    private List<Article> read(Path f) {
        try (Stream<Article> s = ArticleReader.create().onProblem(problems::add).build().read(List.of(f))) {
            return s.toList();
        }
    }

    /**
     * Every non-space character is the source character at its offset, except those written as one of the given
     * escapes, which must start there.
     */
    private static void assertTraced(String source, String text, OffsetMap offsets, String... escapes) {
        assertEquals(text.length(), offsets.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            int at = offsets.toSource(i);
            boolean literal = source.charAt(at) == c;
            boolean escaped = false;
            for (String e : escapes) {
                escaped |= e.length() > 1 && source.startsWith(e, at) && !literal;
            }
            assertTrue(literal || escaped, "char " + i + " '" + c + "' at " + at + ": '"
                    + source.substring(at, Math.min(source.length(), at + 8)) + "'");
        }
    }

    @Test
    void txtPageOffsetsPointAtEachCharacter() throws IOException {
        Path f = dir.resolve("page.txt");
        try (InputStream in = getClass().getResourceAsStream("/source/shanxi_page.txt")) {
            Files.copy(in, f);
        }
        String source = Files.readString(f);
        List<Article> as = read(f);
        assertEquals(4, as.size());
        for (Article a : as) {
            assertTraced(source, a.text(), a.offsets());
            assertTraced(source, a.title(), a.titleOffsets());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void htmlEntityWithoutSemicolonKeepsTheFollowingOffsets() throws IOException {
        Path f = dir.resolve("amp.html");
        Files.writeString(f, "<html><head><title>合作社&amp品牌</title></head><body><article><h1>合作社&amp品牌</h1>"
                + "<p>合作社统一收购&amp加工,品牌&amp;包装&lt;新&gt;,产品&ampx卖到全国&#x4E2D;部&#20013;国。</p>"
                + "<p>第二段 &amp 有空格。</p></article></body></html>", StandardCharsets.UTF_8);
        String source = Files.readString(f);
        List<Article> as = read(f);
        assertEquals(1, as.size(), problems.toString());
        Article a = as.get(0);
        assertEquals("合作社统一收购&加工,品牌&包装<新>,产品&x卖到全国中部中国。\n第二段 & 有空格。", a.text());
        assertTraced(source, a.text(), a.offsets(), "&amp", "&lt;", "&gt;", "&#x4E2D;", "&#20013;");
        int amp = a.text().indexOf('&');
        assertEquals(source.indexOf("&amp加工"), a.offsets().toSource(amp));
        assertEquals(source.indexOf("加工"), a.offsets().toSource(amp + 1));
        assertEquals(source.indexOf("x卖"), a.offsets().toSource(a.text().indexOf("x卖")));
        assertTraced(source, a.title(), a.titleOffsets(), "&amp");
        assertEquals(List.of(), problems);
    }

    @Test
    void jsonLinesKeyWrittenWithAnEscapeStillMapsTheValue() throws IOException {
        Path f = dir.resolve("feed.jsonl");
        String line1 = "{\"id\":\"a\",\"t\\u0069tle\":\"白茶\",\"t\\u0065xt\":\"安吉县\\u767D茶今年\\n产量\\\"再创\\\"新高。\"}";
        String line2 = "{\"id\":\"b\",\"text\":\"村里修了路。\\ud840\\udc00字\"}";
        Files.writeString(f, line1 + "\n" + line2 + "\n", StandardCharsets.UTF_8);
        String source = Files.readString(f);
        List<Article> as = read(f);
        assertEquals(2, as.size(), problems.toString());
        Article a = as.get(0);
        assertEquals("安吉县白茶今年\n产量\"再创\"新高。", a.text());
        assertEquals("白茶", a.title());
        assertTraced(source, a.text(), a.offsets(), "\\u767D", "\\\"");
        assertEquals(source.indexOf("安吉县"), a.offsets().toSource(0));
        assertTraced(source, a.title(), a.titleOffsets());
        assertTraced(source, as.get(1).text(), as.get(1).offsets(), "\\ud840", "\\udc00");
        assertEquals(List.of(), problems);
    }

    @Test
    void aRecordWhoseOffsetsCannotBeTracedIsReportedNotGuessed() throws IOException {
        Path f = dir.resolve("dup.jsonl");
        // two "text" keys: the parser keeps the last value, the scan of the raw line finds the first
        Files.writeString(f, "{\"id\":\"ok\",\"text\":\"第一条记录。\"}\n"
                + "{\"id\":\"dup\",\"text\":\"甲乙丙\",\"text\":\"丁戊己庚\"}\n", StandardCharsets.UTF_8);
        String source = Files.readString(f);
        List<Article> as = read(f);
        for (Article a : as) {
            assertTraced(source, a.text(), a.offsets());
        }
        assertEquals(List.of("ok"), as.stream().map(Article::id).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).toString().startsWith(f + ":2: article 2: character 0 of its text"),
                problems.toString());
    }
}
