package org.ruralkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final List<ReadProblem> problems = new ArrayList<>();
    private final ArticleReader reader = ArticleReader.create().onProblem(problems::add).build();

    private List<Article> read(Path... inputs) {
        try (Stream<Article> s = reader.read(List.of(inputs))) {
            return s.toList();
        }
    }

    private Path fixture(String name, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream("/source/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void seedPageGivesFourArticlesWithStableIds() throws IOException {
        Path page = fixture("shanxi_page.txt", dir.resolve("pages/2023/shanxi_page.txt"));
        List<Article> first = read(dir.resolve("pages"));
        List<Article> second = read(dir.resolve("pages"));
        assertEquals(4, first.size());
        assertEquals(List.of("2023_shanxi_page-1", "2023_shanxi_page-2", "2023_shanxi_page-3", "2023_shanxi_page-4"),
                first.stream().map(Article::id).toList());
        assertEquals(first.stream().map(Article::id).toList(), second.stream().map(Article::id).toList());
        assertEquals("pages/2023/shanxi_page.txt#2", first.get(1).source());
        assertEquals(org.ruralkg.Hashes.sha256(first.get(0).title() + "\n" + first.get(0).text()), first.get(0).contentHash());
        String source = Files.readString(page);
        for (Article a : first) {
            assertOffsets(source, a);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void jsonLinesRecordsAndAMalformedLine() throws IOException {
        Path f = dir.resolve("feed.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"xinhua-001\",\"title\":\"浙江安吉白茶丰收\",\"text\":\"安吉县白茶今年产量再创新高。\","
                        + "\"url\":\"https://example.org/a\",\"date\":\"2023-04-12T08:00:00+08:00\",\"source\":\"新华网\"}",
                "{\"title\":\"broken\", \"text\": ",
                "",
                "{\"text\":\"  村里修了路。\\n村民出行更方便了。\",\"date\":\"2023-05-01\"}",
                "{\"id\":\"id with spaces/和中文\",\"text\":\"第三条记录。\"}",
                "{\"title\":\"no text\"}") + "\n", StandardCharsets.UTF_8);
        List<Article> as = read(f);
        assertEquals(3, as.size());
        Article a = as.get(0);
        assertEquals("xinhua-001", a.id());
        assertEquals("浙江安吉白茶丰收", a.title());
        assertEquals("新华网", a.publisher());
        assertEquals(LocalDate.of(2023, 4, 12), a.date());
        assertEquals("https://example.org/a", a.url());
        assertEquals("feed.jsonl#1", a.source());
        String source = Files.readString(f);
        assertOffsets(source, a);
        Article b = as.get(1);
        assertEquals("feed-L4", b.id());
        assertEquals("村里修了路。\n村民出行更方便了。", b.text());
        // literal characters map exactly; the escaped line break maps to its backslash
        assertEquals('村', source.charAt(b.offsets().toSource(0)));
        assertEquals('\\', source.charAt(b.offsets().toSource(6)));
        assertEquals('村', source.charAt(b.offsets().toSource(7)));
        assertTrue(as.get(2).id().matches("r[0-9a-f]{12}"));
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(2, problems.get(0).line());
        assertEquals(f, problems.get(0).file());
        assertTrue(problems.get(0).toString().startsWith(f + ":2: malformed JSON"), problems.get(0).toString());
        assertEquals(6, problems.get(1).line());
    }

    @Test
    void htmlTitleDateUrlAndNoScript() throws IOException {
        Path f = dir.resolve("web/story.html");
        Files.createDirectories(f.getParent());
        Files.writeString(f, """
                <!DOCTYPE html><html><head><title>站点名 - 新闻</title>
                <meta property="og:title" content="云南普洱: 咖啡豆卖出好价钱">
                <meta property="article:published_time" content="2023-11-02T09:30:00+08:00">
                <link rel="canonical" href="https://news.example.cn/2023/11/02/coffee.html">
                <script>var tracking = "脚本内容不应出现";</script><style>p{color:red}</style></head>
                <body><nav>首页 | 要闻 | 导航文字</nav><header>页眉文字</header>
                <article><h1>云南普洱: 咖啡豆卖出好价钱</h1>
                <p>普洱市的咖啡种植户今年收入明显增加。</p>
                <figure><img src="a.jpg"><figcaption>咖农在晾晒咖啡豆</figcaption></figure>
                <p>当地合作社统一收购&amp;加工,<script>document.write("广告")</script>提升了品质。</p>
                </article><aside>相关阅读 推荐文字</aside><footer>版权所有</footer></body></html>
                """, StandardCharsets.UTF_8);
        List<Article> as = read(dir.resolve("web"));
        assertEquals(1, as.size());
        Article a = as.get(0);
        assertEquals("云南普洱: 咖啡豆卖出好价钱", a.title());
        assertEquals(LocalDate.of(2023, 11, 2), a.date());
        assertEquals("https://news.example.cn/2023/11/02/coffee.html", a.url());
        assertEquals("普洱市的咖啡种植户今年收入明显增加。\n当地合作社统一收购&加工,提升了品质。", a.text());
        assertEquals(List.of("咖农在晾晒咖啡豆"), a.captions());
        for (String leak : List.of("脚本", "广告", "导航", "页眉", "推荐", "版权", "color")) {
            assertFalse(a.text().contains(leak), leak);
        }
        assertEquals("story-1", a.id());
        String source = Files.readString(f);
        for (int i = 0; i < a.text().length(); i++) {
            char c = a.text().charAt(i);
            char s = source.charAt(a.offsets().toSource(i));
            assertTrue(c == s || c == '\n' || s == '&', "char " + i + " '" + c + "' vs '" + s + "'");
        }
        assertOffsets(source, a.title(), a.titleOffsets());
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrderAndOtherFilesSkipped() throws IOException {
        write("b/z.txt", "第二个文件的内容写在这里。\n");
        write("a.txt", "第一个文件的内容写在这里。\n");
        write("b/a/y.txt", "嵌套目录里的内容写在这里。\n");
        write("b/notes.md", "# not an article\n");
        write("b/picture.png", "PNG");
        ReadStats stats = new ReadStats();
        List<Article> as;
        try (Stream<Article> s = reader.read(List.of(dir), stats)) {
            as = s.toList();
        }
        assertEquals(List.of("a-1", "b_a_y-1", "b_z-1"), as.stream().map(Article::id).toList());
        assertEquals(3, stats.filesRead());
        assertEquals(2, stats.filesSkipped());
        assertEquals(0, stats.filesFailed());
        assertEquals(3, stats.articles());
        assertEquals(List.of(), problems);
    }

    @Test
    void gb18030FileIsDecoded() throws IOException {
        String text = "贵州湄潭: 茶园里的新农人\n\n湄潭县的年轻人返乡种茶,带动周边农户增收。\n";
        Path f = dir.resolve("gbk.txt");
        Files.write(f, text.getBytes(Charset.forName("GB18030")));
        List<Article> as = read(f);
        assertEquals(1, as.size());
        assertEquals("贵州湄潭: 茶园里的新农人", as.get(0).title());
        assertOffsets(text, as.get(0));
        assertEquals(List.of(), problems);
    }

    @Test
    void utf8BomIsDroppedAndOffsetsCountFromAfterIt() throws IOException {
        String text = "标题行在这里\n\n正文内容写在这里。\n";
        Path f = dir.resolve("bom.txt");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(f, bytes);
        Article a = read(f).get(0);
        assertEquals("标题行在这里", a.title());
        assertEquals(0, a.titleOffsets().toSource(0));
        assertOffsets(text, a);
    }

    @Test
    void badFilesAreProblemsAndTheRestIsStillRead() throws IOException {
        write("empty.txt", "");
        write("blank.txt", "  \n\n ");
        Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b', 1, 2});
        Files.write(dir.resolve("garbage.txt"), new byte[] {(byte) 0x81, (byte) 0x30, (byte) 0xFF, (byte) 0xFF});
        write("good.txt", "好文件里的正文写在这里。\n");
        ReadStats stats = new ReadStats();
        List<Article> as;
        try (Stream<Article> s = reader.read(List.of(dir, dir.resolve("missing.txt")), stats)) {
            as = s.toList();
        }
        assertEquals(List.of("good-1"), as.stream().map(Article::id).toList());
        assertEquals(5, problems.size(), problems.toString());
        assertProblem(dir.resolve("binary.txt"), "binary");
        assertProblem(dir.resolve("blank.txt"), "empty file");
        assertProblem(dir.resolve("empty.txt"), "empty file");
        assertProblem(dir.resolve("garbage.txt"), "neither UTF-8 nor GB18030");
        assertProblem(dir.resolve("missing.txt"), "does not exist");
        assertEquals(5, stats.filesFailed());
        assertEquals(1, stats.filesRead());
        problems.forEach(p -> assertFalse(p.toString().contains("\n")));
    }

    @Test
    void unreadableFileIsAProblem() throws IOException {
        Path f = write("secret.txt", "不能读的文件内容。\n");
        assumeTrue(Files.getFileStore(f).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(f), "running with privileges that read anything");
        assertEquals(List.of(), read(f));
        assertProblem(f, "cannot read");
    }

    @Test
    void aFileRemovedBeforeItIsReadIsReportedAsMissingNotUnreadable() throws IOException {
        Path f = write("gone.txt", "这个文件在读取之前被删除了。\n");
        try (Stream<Article> s = reader.read(List.of(dir))) {
            Files.delete(f); // folders are listed at read(), files read as the stream is consumed
            assertEquals(List.of(), s.toList());
        }
        assertProblem(f, "no such file");
        assertFalse(problems.get(0).message().contains("permission"), problems.toString());
    }

    @Test
    void controlCharactersInFileNamesAreEscapedSoAProblemStaysOneLine() throws IOException {
        Path f = dir.resolve("bad\nname\u0007.txt");
        Files.write(f, new byte[] {'a', 0, 'b', 1, 2});
        read(dir);
        assertEquals(1, problems.size(), problems.toString());
        String line = problems.get(0).toString();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains("bad\\nname\\u0007.txt: "), line);
    }

    @Test
    void duplicateArticlesAreReportedAndSkipped() throws IOException {
        write("one.txt", "同一篇文章\n\n内容完全相同的正文写在这里。\n");
        write("two.txt", "同一篇文章\n\n内容完全相同的正文写在这里。\n");
        List<Article> as = read(dir);
        assertEquals(1, as.size());
        assertProblem(dir.resolve("two.txt"), "duplicate of one-1");
    }

    @Test
    void nonAsciiFileNamesGetAHashedStableId() throws IOException {
        write("山西/新闻.txt", "正文内容写在这里。\n");
        String id = read(dir).get(0).id();
        assertTrue(id.matches("f[0-9a-f]{12}-1"), id);
        assertEquals(id, read(dir).get(0).id());
    }

    @Test
    void largeSingleLineFileIsRead() throws IOException {
        StringBuilder sb = new StringBuilder(2_000_000);
        while (sb.length() < 2_000_000) {
            sb.append("乡村振兴产业发展");
        }
        sb.append('。');
        write("big.txt", sb.toString());
        List<Article> as;
        try (Stream<Article> s = ArticleReader.create().onProblem(problems::add).maxArticleChars(3_000_000).build()
                .read(List.of(dir))) {
            as = s.toList();
        }
        assertEquals(1, as.size());
        assertEquals(sb.length(), as.get(0).text().length());
        // by default an article that long is refused: extracting it would hold up the build for many minutes
        assertEquals(List.of(), read(dir));
        assertProblem(dir.resolve("big.txt"), "more than the limit of 200000");
    }

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private void assertProblem(Path file, String text) {
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(file) && p.message().contains(text)),
                file + " '" + text + "' in " + problems);
    }

    private static void assertOffsets(String source, Article a) {
        assertOffsets(source, a.text(), a.offsets());
        assertOffsets(source, a.title(), a.titleOffsets());
    }

    private static void assertOffsets(String source, String text, OffsetMap offsets) {
        assertEquals(text.length(), offsets.length());
        for (int i = 0; i < text.length(); i++) {
            assertEquals(text.charAt(i), source.charAt(offsets.toSource(i)), "char " + i + " of " + text);
        }
    }
}
