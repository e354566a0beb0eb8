package org.ruralkg.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a plain-text newspaper page into its articles, and cleans each article's body.
 *
 * <p>What it recognises, line by line (a line is a paragraph; blank lines only separate):
 * <ul>
 * <li><b>Titles</b>: a short line without sentence-final punctuation at the top of the page or after the closing
 * byline of the previous article, followed by body text.</li>
 * <li><b>Bylines</b>: "(张莉文/图)", "（交城党建在线）", "(记者 张三 通讯员 李四)", "本报记者 王五". After body text a
 * byline closes the article; right after a title it opens it. See {@link Byline} for names vs. outlets.</li>
 * <li><b>Datelines</b>: a line holding only a date, e.g. "2023年9月1日" or "(2023-09-01)". Dates in the body are
 * never used.</li>
 * <li><b>Captions</b>: a short line ending in 资料图片 / 摄 / 供图 / (图) or starting with 图为, anywhere in the
 * body; or a short unpunctuated line that interrupts a sentence (the paragraph before ends mid-sentence and the one
 * after goes on). Captions are moved to {@link Part#captions()} and the sentence halves are joined.</li>
 * <li><b>Page breaks</b>: a paragraph ending mid-sentence is joined with the next one without separator.</li>
 * </ul>
 * An article without a closing byline runs on until the next byline or the end of the page: without one, a new
 * title cannot be told from a section heading.
 *
 * <p>Characters are never changed: every character of {@link Part#text()} is the character at
 * {@code offsets().toSource(i)} of the page; the "\n" put between paragraphs maps to the line break after the
 * earlier paragraph.
 *
 * <pre>{@code
 * List<PageSplitter.Part> parts = PageSplitter.defaults().split(Files.readString(page));
 * }</pre>
 */
public final class PageSplitter {
    /** One article of a page. {@code date} is null unless a dateline states it. */
    public record Part(String title, OffsetMap titleOffsets, String text, OffsetMap offsets, LocalDate date,
                       List<String> authors, String publisher, List<String> captions) {
        public Part {
            authors = List.copyOf(authors);
            captions = List.copyOf(captions);
        }
    }

    private static final String SENTENCE_END = "。！？；…!?;";
    private static final String CLOSING = "”’\"'」』）)》】";
    private static final String CLAUSE_END = "，,、：:";
    private static final Pattern CAPTION_END = Pattern.compile(
            ".*(资料图片|资料照片|资料图|供图|摄|[(（]图[)）]|[(（]资料图[)）]|图片来源\\S*|图源\\S*)$");
    private static final Pattern CAPTION_START = Pattern.compile("^(图为|图[:：]|[上下左右]图[:：为]|图\\d|[▲△▼]).*");
    private static final Pattern IGNORABLE = Pattern.compile(
            "^[(（]?\\s*(完|全文完|END|end|(上接|下转|接|转)第?\\s*[0-9一二三四五六七八九十]+\\s*版.*)\\s*[)）]?$");

    private final int maxTitleLength;
    private final int maxCaptionLength;

    private PageSplitter(int maxTitleLength, int maxCaptionLength) {
        this.maxTitleLength = maxTitleLength;
        this.maxCaptionLength = maxCaptionLength;
    }

    /** Titles up to 64 characters; captions up to 80 (marked) or 40 (unmarked) characters. */
    public static PageSplitter defaults() {
        return new PageSplitter(64, 80);
    }

    private enum Kind { TEXT, BYLINE, DATE, CAPTION, IGNORE }

    /** A non-blank line, trimmed: {@code [start, end)} in the page; {@code brk} is its line break or -1 at EOF. */
    private record Line(int start, int end, int brk, int blanksBefore, String s, Kind kind) {
    }

    /** The articles of {@code page}, in page order; fragments with no body text are dropped. */
    public List<Part> split(String page) {
        List<Line> lines = lines(page);
        List<Acc> out = new ArrayList<>();
        LocalDate pageDate = null;
        Acc cur = new Acc();
        Acc last = null;
        List<String> pendingCaptions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            switch (l.kind) {
                case IGNORE -> {
                }
                case DATE -> {
                    LocalDate d = Dateline.parse(l.s);
                    if (cur.started()) {
                        cur.date = cur.date == null ? d : cur.date;
                    } else if (last != null) {
                        last.date = last.date == null ? d : last.date;
                    } else {
                        pageDate = pageDate == null ? d : pageDate;
                    }
                }
                case BYLINE -> {
                    Byline b = Byline.parse(l.s);
                    Acc target = cur.started() || last == null ? cur : last;
                    target.add(b);
                    if (cur.hasBody()) {
                        last = close(cur, out);
                        cur = new Acc();
                    }
                }
                case CAPTION -> {
                    if (cur.started()) {
                        cur.captions.add(l.s);
                    } else {
                        pendingCaptions.add(l.s);
                    }
                }
                case TEXT -> {
                    if (!cur.started()) {
                        cur.captions.addAll(pendingCaptions);
                        pendingCaptions.clear();
                    }
                    if (!cur.started() && titleLike(l.s) && bodyFollows(lines, i)) {
                        cur.title = l;
                    } else if (cur.pendingJoin && cur.hasBody()) {
                        if (interruptingCaption(lines, i)) {
                            cur.captions.add(l.s);
                        } else {
                            cur.body.appendSource(page, l.start, l.end);
                            cur.afterAppend(l, false);
                        }
                    } else {
                        if (cur.hasBody()) {
                            cur.body.append('\n', cur.lastBreak);
                        }
                        cur.body.appendSource(page, l.start, l.end);
                        cur.afterAppend(l, true);
                    }
                }
            }
        }
        if (cur.hasBody()) {
            close(cur, out);
        }
        List<Part> parts = new ArrayList<>();
        for (Acc a : out) {
            parts.add(a.toPart(pageDate));
        }
        return parts;
    }

    /** Closed articles stay open to bylines and datelines that follow them, so they become parts only at the end. */
    private static Acc close(Acc a, List<Acc> out) {
        out.add(a);
        return a;
    }

    private List<Line> lines(String page) {
        List<Line> out = new ArrayList<>();
        int n = page.length();
        int pos = 0;
        int blanks = 0;
        while (pos < n) {
            int eol = pos;
            while (eol < n && page.charAt(eol) != '\n' && page.charAt(eol) != '\r') {
                eol++;
            }
            int brk = -1;
            int next = eol;
            if (eol < n) {
                boolean crlf = page.charAt(eol) == '\r' && eol + 1 < n && page.charAt(eol + 1) == '\n';
                brk = crlf ? eol + 1 : eol;
                next = brk + 1;
            }
            int s = pos;
            int e = eol;
            while (s < e && MappedText.isSpace(page.charAt(s))) {
                s++;
            }
            while (e > s && MappedText.isSpace(page.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                blanks++;
            } else {
                String text = page.substring(s, e);
                out.add(new Line(s, e, brk, blanks, text, classify(text)));
                blanks = 0;
            }
            pos = next;
        }
        return out;
    }

    private Kind classify(String s) {
        if (IGNORABLE.matcher(s).matches()) {
            return Kind.IGNORE;
        }
        if (s.length() <= 40 && Dateline.parse(s) != null) {
            return Kind.DATE;
        }
        if (s.length() <= 48 && Byline.parse(s) != null) {
            return Kind.BYLINE;
        }
        if (s.length() <= maxCaptionLength && (CAPTION_END.matcher(s).matches() || CAPTION_START.matcher(s).matches())
                && !endsSentence(s)) {
            return Kind.CAPTION;
        }
        return Kind.TEXT;
    }

    /** A headline: short, not ending like a sentence or a clause, no full stop inside. */
    private boolean titleLike(String s) {
        if (s.length() < 2 || s.length() > maxTitleLength || s.contains("。")) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return SENTENCE_END.indexOf(c) < 0 && CLAUSE_END.indexOf(c) < 0 || c == '！' || c == '？';
    }

    /**
     * Body text follows line {@code i}, after at most datelines, captions and an opening byline, so {@code i} heads
     * an article rather than being a stray fragment.
     */
    private static boolean bodyFollows(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            Kind k = lines.get(j).kind;
            if (k == Kind.TEXT) {
                return true;
            }
            if (k == Kind.IGNORE) {
                return false;
            }
        }
        return false;
    }

    /**
     * Line {@code i} comes after a paragraph that stopped mid-sentence: is it an unmarked photo caption standing in
     * the sentence (short, set off by blank lines, itself unpunctuated, with the sentence going on after it) rather
     * than the sentence's continuation?
     */
    private static boolean interruptingCaption(List<Line> lines, int i) {
        Line l = lines.get(i);
        if (l.s.length() > 40 || l.blanksBefore == 0 || i + 1 >= lines.size()) {
            return false;
        }
        Line next = lines.get(i + 1);
        char c = l.s.charAt(l.s.length() - 1);
        boolean unpunctuated = SENTENCE_END.indexOf(c) < 0 && CLOSING.indexOf(c) < 0 && CLAUSE_END.indexOf(c) < 0;
        return unpunctuated && next.kind == Kind.TEXT && next.blanksBefore > 0;
    }

    static boolean endsSentence(String s) {
        char c = s.charAt(s.length() - 1);
        return SENTENCE_END.indexOf(c) >= 0 || CLOSING.indexOf(c) >= 0 || c == '：' || c == ':';
    }

    /** The article being assembled. */
    private static final class Acc {
        Line title;
        final MappedText body = new MappedText();
        int lastBreak = -1;
        boolean pendingJoin;
        LocalDate date;
        final Set<String> authors = new LinkedHashSet<>();
        String publisher;
        final List<String> captions = new ArrayList<>();

        boolean started() {
            return title != null || !body.isEmpty();
        }

        boolean hasBody() {
            return !body.isEmpty();
        }

        Part toPart(LocalDate pageDate) {
            String t = title == null ? "" : title.s;
            OffsetMap to = title == null ? OffsetMap.contiguous(0, 0) : OffsetMap.contiguous(title.start, t.length());
            return new Part(t, to, body.text(), body.offsets(), date == null ? pageDate : date, List.copyOf(authors),
                    publisher, captions);
        }

        void add(Byline b) {
            authors.addAll(b.authors());
            if (publisher == null) {
                publisher = b.publisher();
            }
        }

        /**
         * A paragraph of its own that is short and unpunctuated is a section heading, not half a sentence: the next
         * paragraph is not glued to it.
         */
        void afterAppend(Line l, boolean freshParagraph) {
            lastBreak = l.brk;
            boolean heading = freshParagraph && l.s.length() <= 20 && !l.s.matches(".*[，,。；;].*");
            pendingJoin = !endsSentence(l.s) && !heading;
        }
    }
}
