package org.ruralkg.source;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page holding one article, read with jsoup. Title from og:title, else the first h1, else {@code <title>};
 * date from article:published_time or {@code <time datetime>}; url from the canonical link or og:url. The body is
 * the {@code <article>} element, else the element holding the most paragraph text; script, style, nav, header,
 * footer and aside are dropped first, so their text never reaches the article. {@code <figcaption>} becomes a caption.
 *
 * <p>Offsets come from jsoup's source positions. Characters written literally map exactly; a character written as a
 * character reference ({@code &amp;amp;}, or {@code &amp;amp} without ';') maps to its '&amp;'. Whitespace runs inside a paragraph are dropped between Chinese
 * characters and otherwise kept as their first character unless that is a line break.
 */
final class HtmlFormat implements Format {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "section", "blockquote", "tr", "td", "th", "pre", "figure", "ul", "ol", "table", "dd", "dt", "article",
            "main", "hr");

    @Override
    public List<Draft> read(String html, Path file, Consumer<ReadProblem> problems) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe").remove();
        Element titleEl = doc.selectFirst("h1");
        String title = attr(doc, "meta[property=og:title]", "content");
        if (title == null && titleEl != null && !titleEl.text().isBlank()) {
            title = titleEl.text();
        }
        if (title == null) {
            title = doc.title().isBlank() ? "" : doc.title().strip();
        }
        MappedText titleMap = locate(html, title, titleEl, doc.selectFirst("title"));
        Element main = mainElement(doc);
        if (main == null) {
            problems.accept(new ReadProblem(file, 0, "no article text found in the HTML page"));
            return List.of();
        }
        if (titleEl != null && titleEl.text().strip().equals(title)) {
            titleEl.remove();
        }
        List<String> captions = main.select("figcaption").eachText();
        main.select("figcaption").remove();
        MappedText body = text(html, main);
        if (body.isEmpty()) {
            problems.accept(new ReadProblem(file, 0, "no article text found in the HTML page"));
            return List.of();
        }
        String url = attr(doc, "link[rel=canonical]", "href");
        if (url == null) {
            url = attr(doc, "meta[property=og:url]", "content");
        }
        String dateValue = attr(doc, "meta[property=article:published_time]", "content");
        if (dateValue == null) {
            dateValue = attr(doc, "time[datetime]", "datetime");
        }
        LocalDate date = dateValue == null ? null : JsonLinesFormat.isoDate(dateValue);
        return List.of(new Draft(null, 1, false, titleMap.text(), titleMap.offsets(), body.text(), body.offsets(),
                url, date, List.of(), null, captions));
    }

    private static String attr(Document doc, String css, String name) {
        Element e = doc.selectFirst(css);
        if (e == null || e.attr(name).isBlank()) {
            return null;
        }
        return e.attr(name).strip();
    }

    /** {@code <article>} with the most text, else the parent of the most paragraph text, else the body. */
    private static Element mainElement(Document doc) {
        Element best = null;
        for (Element a : doc.select("article")) {
            if (best == null || a.text().length() > best.text().length()) {
                best = a;
            }
        }
        if (best != null && !best.text().isBlank()) {
            return best;
        }
        java.util.Map<Element, Integer> score = new java.util.LinkedHashMap<>();
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, p.text().length(), Integer::sum);
            }
        }
        best = score.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(null);
        if (best != null && score.get(best) > 0) {
            return best;
        }
        Element body = doc.body();
        return body.text().isBlank() ? null : body;
    }

    /**
     * The title as a contiguous run of the source when it is written literally there, else as the text of the
     * element holding it (mapped through its character references); failing both, mapped to offset 0, which the
     * reader's offset check reports.
     */
    private static MappedText locate(String html, String title, Element... holders) {
        int at = title.isEmpty() ? -1 : html.indexOf(title);
        if (at >= 0) {
            return new MappedText().appendSource(html, at, at + title.length());
        }
        for (Element e : holders) {
            MappedText m = e == null ? null : text(html, e);
            if (m != null && m.text().equals(title)) {
                return m;
            }
        }
        MappedText m = new MappedText();
        for (int i = 0; i < title.length(); i++) {
            m.append(title.charAt(i), 0);
        }
        return m;
    }

    private static MappedText text(String html, Element main) {
        MappedText body = new MappedText();
        Paragraphs ps = new Paragraphs(html, body);
        NodeTraversor.traverse(ps, main);
        ps.flush();
        return body;
    }

    /**
     * End (exclusive) of the character reference at {@code amp} that jsoup decodes to {@code unit}, or -1 when none
     * starts there. The longest one wins, so {@code &amp;amp;} covers its ';' while {@code &amp;amp} without one (which
     * jsoup decodes too) ends before the next character.
     */
    static int referenceEnd(String html, int amp, String unit) {
        if (html.charAt(amp) != '&') {
            return -1;
        }
        int best = -1;
        for (int q = amp + 2; q <= Math.min(html.length(), amp + 34); q++) {
            char last = html.charAt(q - 1);
            if (!Character.isLetterOrDigit(last) && last != '#' && last != ';') {
                break;
            }
            if (Parser.unescapeEntities(html.substring(amp, q), false).equals(unit)) {
                best = q;
            }
            if (last == ';') {
                break;
            }
        }
        return best;
    }

    @Override
    public boolean writes(String source, int offset, String unit) {
        return source.startsWith(unit, offset) || referenceEnd(source, offset, unit) > 0;
    }

    /** Collects text nodes into paragraphs, breaking at block elements. */
    private static final class Paragraphs implements NodeVisitor {
        private final String html;
        private final MappedText body;
        private MappedText para = new MappedText();
        private char space;
        private int spaceAt = -1;

        Paragraphs(String html, MappedText body) {
            this.html = html;
            this.body = body;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                addText(t);
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
            }
        }

        private void addText(TextNode t) {
            String s = t.getWholeText();
            Range r = t.sourceRange();
            int p = r.isTracked() ? r.start().pos() : -1;
            int end = r.isTracked() ? r.end().pos() : -1;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                boolean pair = Character.isHighSurrogate(c) && k + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(k + 1));
                String unit = pair ? s.substring(k, k + 2) : String.valueOf(c);
                boolean tracked = p >= 0 && p < end;
                int ref = tracked ? referenceEnd(html, p, unit) : -1;
                int at;
                if (!tracked) {
                    at = Math.max(0, Math.min(end, html.length()) - 1); // the reader's offset check reports it
                } else if (ref > 0) {
                    at = p;
                    p = ref;
                } else {
                    at = p++;
                }
                add(c, at);
                if (pair) {
                    // the low half follows a literal high half, or shares its character reference
                    add(s.charAt(++k), ref > 0 || !tracked ? at : p++);
                }
            }
        }

        private void add(char c, int at) {
            if (MappedText.isSpace(c)) {
                if (spaceAt < 0 && c != '\n' && c != '\r') {
                    space = c;
                    spaceAt = at;
                } else if (spaceAt < 0) {
                    spaceAt = -2; // a run of line breaks only: remember there was a gap, emit nothing for it
                }
                return;
            }
            if (spaceAt != -1 && !para.isEmpty() && spaceAt >= 0 && !(isHan(para.lastChar()) && isHan(c))) {
                para.append(space, spaceAt);
            }
            spaceAt = -1;
            para.append(c, at);
        }

        void flush() {
            spaceAt = -1;
            if (para.isEmpty()) {
                return;
            }
            if (!body.isEmpty()) {
                body.append('\n', Math.min(lastEndOf(body) + 1, html.length() - 1));
            }
            body.append(para);
            para = new MappedText();
        }

        private int lastEndOf(MappedText m) {
            return Math.max(m.lastOffset(), 0);
        }

        private static boolean isHan(char c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
    }
}
