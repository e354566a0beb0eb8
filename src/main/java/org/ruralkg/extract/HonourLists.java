package org.ruralkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralkg.EntityKind;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.vocab.RKG;

/**
 * Notices that list places under a heading, either line by line ("一、全国乡村治理示范乡镇（3个）", then
 * "遵义市赤水市旺隆镇") or after a colon ("二、2021年全国乡村特色产业十亿元镇（共9个）：A镇；B镇"). A heading
 * that places follow names the honour they were given, and every place listed implements it.
 */
final class HonourLists {
    /** Compiled once (String.split and replaceAll compile per call): lists runs for every paragraph. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、；;。，,]");
    private static final Pattern BRACKET_NOTE = Pattern.compile("[（(][^（）()]{1,12}[）)]");
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("[；;。]");
    private static final Pattern LIST_FILLER = Pattern.compile("[\\s、；;。，,：:（）()\\d一二三四五六七八九十个等]");
    /** "二、2021年第十一批全国“一村一品”示范村镇（共20个，列出部分）：": ordinal, year, batch, name, count, colon. */
    private static final Pattern HEADING = Pattern.compile("^(?:(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d+[.、．])\\s*)?"
            + "(?:\\d{4}年度?)?(?:第[一二三四五六七八九十\\d]+批次?)?([^，。；;：:（(\\s]{4,30}?)(?:[（(][^）)\\n]{0,24}[）)])?(?:[：:]|$)");
    /** An honour a list of places holds ends in a kind of place: 示范村镇, 亿元村, 十亿元镇. */
    private static final Pattern PLACE_KIND_END = Pattern.compile("(?:村|镇|乡|县|村镇|乡镇|社区|村庄|街道)$");
    /** Words of the notice around a list, not of a name: 认定, 推介, 名单. */
    static final Pattern NOT_A_NAME = Pattern.compile("认定|推介|公布|评选|入选|评为|命名|授予|名单|情况");
    private static final Pattern JOINER = Pattern.compile("[、和及与]");

    private HonourLists() {
    }

    /**
     * Honours that only a list's heading names, then each place in the text that names them again, in full or
     * after a shared beginning ("全国乡村特色产业十亿元镇、亿元村名单" names 全国乡村特色产业亿元村 too).
     */
    static void headings(ArticleState st) {
        List<String> labels = new ArrayList<>();
        int at = 0;
        String[] paragraphs = st.text.split("\n", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            int ps = at;
            at += paragraphs[i].length() + 1;
            Matcher h = HEADING.matcher(paragraphs[i]);
            if (!h.find()) {
                continue;
            }
            String written = h.group(1);
            String label = written.replaceAll("[“”\"]", "");
            boolean listed = h.end() < paragraphs[i].length() ? !placeList(st, ps + h.end(), ps + paragraphs[i].length()).isEmpty()
                    : i + 1 < paragraphs.length && !placeList(st, at, at + paragraphs[i + 1].length()).isEmpty();
            if (!listed || NOT_A_NAME.matcher(label).find() || !(ProgramNames.LEVEL.matcher(label).find()
                    && PLACE_KIND_END.matcher(label).find() || ProgramNames.HONOUR.matcher(label).matches())) {
                continue;
            }
            int start = ps + h.start(1);
            ProgramNames.add(st, st.sentenceAt(start), start, start + written.length(), label, EntityKind.HONOUR);
            labels.add(written);
        }
        for (String written : labels) {
            String label = written.replaceAll("[“”\"]", "");
            for (int from = st.text.indexOf(written); from >= 0; from = st.text.indexOf(written, from + 1)) {
                ProgramNames.add(st, st.sentenceAt(from), from, from + written.length(), label, EntityKind.HONOUR);
            }
            elided(st, written, label);
        }
    }

    /** "A十亿元镇、亿元村": the second honour is written after a joiner without the beginning it shares with A. */
    private static void elided(ArticleState st, String written, String label) {
        for (int cut = 2; cut <= written.length() - 3; cut++) {
            String shared = written.substring(0, cut);
            String rest = written.substring(cut);
            for (int from = st.text.indexOf(rest); from > 0; from = st.text.indexOf(rest, from + 1)) {
                int joiner = from - 1;
                if (!JOINER.matcher(st.text.substring(joiner, from)).matches()) {
                    continue;
                }
                boolean sharedBefore = st.mentionsIn(joiner - 1, joiner).stream().anyMatch(m -> m.end() == joiner
                        && m.kind() == EntityKind.HONOUR && m.text().startsWith(shared) && !m.text().equals(written));
                if (sharedBefore) {
                    ProgramNames.add(st, st.sentenceAt(from), from, from + rest.length(), label, EntityKind.HONOUR);
                }
            }
        }
    }

    /** "三、“三三三”机制。": a list item's heading sentence, a name and nothing else. */
    private static final Pattern HEADING_SENTENCE = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
            + "[^，,；;]{2,20}[。：:]?$");

    /**
     * The body that a list item's heading sentence is about: the one that opens the item's next sentence
     * ("三、“三三三”机制。联合社依靠…"); empty when {@code s} is no such heading.
     */
    static java.util.Optional<Mention> headingSubject(ArticleState st, Sentence s) {
        if (!HEADING_SENTENCE.matcher(s.text()).matches() || s.index() + 1 >= st.sentences.size()) {
            return java.util.Optional.empty();
        }
        Sentence next = st.sentences.get(s.index() + 1);
        if (st.paragraphStart(next.start()) != st.paragraphStart(s.start())) {
            return java.util.Optional.empty();
        }
        Matcher kind = OPENING_KIND.matcher(next.text());
        return kind.lookingAt() ? Names.namedByKind(st, next.start(), kind.group(1)) : Names.subjectBody(st, next, next.end());
    }

    private static final Pattern OPENING_KIND = Pattern.compile("(?:该|这家|这个)?(" + Names.BODY_KINDS + ")");

    /**
     * Lists of places under a heading, as notices print them: every place listed implements the programme or
     * honour of the heading, whether the places follow it in the same paragraph after a colon or line by line.
     */
    static void lists(ArticleState st) {
        Mention heading = null;
        int at = 0;
        for (String paragraph : st.text.split("\n", -1)) {
            int ps = at;
            int pe = at + paragraph.length();
            at = pe + 1;
            Matcher h = HEADING.matcher(paragraph);
            if (h.find() && h.end() < paragraph.length() && !placeList(st, ps + h.end(), pe).isEmpty()) {
                int hs = ps + h.start(1);
                int he = ps + h.end(1);
                Mention own = st.mentionsIn(hs, he).stream().filter(m -> m.kind().group() == EntityKind.Group.PROGRAM)
                        .max(Comparator.comparingInt(m -> m.end() - m.start())).orElse(null);
                if (own != null) {
                    implementedBy(st, own, ps + h.end(), pe);
                    continue;
                }
            }
            if (!placeList(st, ps, pe).isEmpty()) {
                if (heading != null) {
                    implementedBy(st, heading, ps, pe);
                }
                continue;
            }
            Mention last = null;
            for (Mention m : st.mentionsIn(ps, pe)) {
                if (m.kind().group() == EntityKind.Group.PROGRAM && (last == null || m.end() > last.end())) {
                    last = m;
                }
            }
            if (last != null) {
                heading = last;
            }
        }
    }

    /** Each entry of a list from {@code from} to {@code to} implements {@code programme}: its deepest place. */
    private static void implementedBy(ArticleState st, Mention programme, int from, int to) {
        List<Mention> places = placeList(st, from, to);
        String list = st.text.substring(from, to);
        for (String item : LIST_SEPARATOR.split(list)) {
            int is = st.text.indexOf(item, from);
            int ie = is + item.length();
            // the entry's division, not a mountain or lake its note names (巴松村，地处珠穆朗玛峰脚下)
            places.stream().filter(m -> m.start() >= is && m.end() <= ie && m.kind().isDivision())
                    .max(Comparator.comparingInt(Mention::end))
                    .ifPresent(p -> st.fact(p.entityKey(), RKG.implements_.getURI(), new Term.Ref(programme.entityKey()),
                            st.sentenceAt(p.start()), p.start(), p.end(), "pattern:listed-under-heading"));
        }
    }

    /**
     * Entries separated by semicolons, each opening with a place and mostly places ("赵县谢庄乡南龙化村（扫帚）" with
     * one name the gazetteer does not know): a list of places all the same. {@code blanked} is {@code list} with
     * its places blanked out.
     */
    private static boolean entriesOfPlaces(String list, CharSequence blanked) {
        int at = 0;
        int entries = 0;
        for (String entry : ENTRY_SEPARATOR.split(list, -1)) {
            int start = at;
            at += entry.length() + 1;
            String residue = LIST_FILLER.matcher(BRACKET_NOTE.matcher(blanked.subSequence(start, start + entry.length()))
                    .replaceAll("")).replaceAll("");
            if (entry.isBlank() || LIST_FILLER.matcher(entry).replaceAll("").isEmpty()) {
                continue;
            }
            if (blanked.charAt(start) != ' ' || residue.length() * 3 > entry.length()) {
                return false;
            }
            entries++;
        }
        return entries >= 2;
    }

    /** The places of the text from {@code from} to {@code to} when it lists places and little else; else none. */
    private static List<Mention> placeList(ArticleState st, int from, int to) {
        List<Mention> places = st.mentionsIn(from, to).stream()
                .filter(m -> m.kind().group() == EntityKind.Group.PLACE && !st.insideName(m) && m.end() <= to).toList();
        if (places.isEmpty()) {
            return places;
        }
        StringBuilder rest = new StringBuilder(st.text.substring(from, to));
        for (Mention m : places) {
            for (int i = Math.max(m.start(), from); i < m.end(); i++) {
                rest.setCharAt(i - from, ' ');
            }
        }
        // a note in brackets after an entry ("书院镇（西瓜）") says what it is known for, not another entry
        String residue = LIST_FILLER.matcher(BRACKET_NOTE.matcher(rest).replaceAll("")).replaceAll("");
        String list = st.text.substring(from, to);
        boolean listed = residue.length() <= Math.max(2, LIST_SEPARATOR.split(list).length / 2) || entriesOfPlaces(list, rest);
        return listed ? places : List.of();
    }
}
