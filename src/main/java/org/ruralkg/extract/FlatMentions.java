package org.ruralkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralkg.EntityKind;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.Token;
import org.ruralkg.nlp.Tokenizer;
import org.ruralkg.nlp.ner.NerTagger;

/**
 * The mentions of an extraction as an NER test set annotates them: flat (no two overlap), the longest name winning
 * (阿里巴巴集团, not also 阿里巴巴; 安吉县农业农村局, not also 安吉县), followed by the tagger's names that extraction
 * did not keep (a foreign city, a club, a name no suffix types). What {@code ruralkg mentions} writes and what the
 * NER evaluations score.
 *
 * <pre>{@code
 * for (FlatMentions.Span s : FlatMentions.of(extraction, tagger)) { ... s.group() ... }
 * }</pre>
 */
public final class FlatMentions {
    private FlatMentions() {
    }

    /**
     * One reported name.
     *
     * @param kind    the ontology class
     * @param mention the extraction's mention, or null for a name only the tagger found
     */
    public record Span(int start, int end, EntityKind kind, Mention mention) {
        /**
         * The group written out: that of the kind, except that a post (村支书, 总理) is reported as {@code post}, not
         * as a person, since it names no one.
         */
        public String group() {
            return kind == EntityKind.POST ? "post" : kind.group().name().toLowerCase(java.util.Locale.ROOT);
        }

        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    /** The flat names of {@code x}, in the order: extraction's (by start), then the tagger's extra names. */
    public static List<Span> of(Extraction x, NerTagger tagger) {
        List<Mention> byPriority = new ArrayList<>(x.mentions());
        byPriority.removeIf(m -> m.sentence() == Mention.TITLE); // the flat names are the text's
        // names first (longest first), then programmes, concepts and quantities where no name lies
        byPriority.sort(Comparator.comparingInt((Mention m) -> isName(m.kind()) ? 0 : 1)
                .thenComparingInt(m -> m.start() - m.end()).thenComparingInt(Mention::start));
        List<Span> kept = new ArrayList<>();
        for (Mention m : byPriority) {
            if (kept.stream().noneMatch(k -> k.overlaps(m.start(), m.end()))) {
                kept.add(new Span(m.start(), m.end(), m.kind(), m));
            }
        }
        List<Span> tagged = new ArrayList<>();
        List<Token> words = new ArrayList<>();
        String t = x.article().text();
        for (Sentence s : x.sentences()) {
            words.addAll(Tokenizer.shared().tokenize(s));
            tagger.tag(t, s.start(), s.end(), (start, end, type) -> tagged.add(new Span(start, end, switch (type) {
                case PERSON -> EntityKind.PERSON;
                case LOCATION -> EntityKind.PLACE;
                case ORGANIZATION -> EntityKind.ORGANIZATION;
            }, null)));
        }
        // a person of the tagger that cuts a word (村振兴 in 乡村|振兴) is misread; other names move to word ends
        tagged.removeIf(n -> n.kind() == EntityKind.PERSON && SegmentedNames.cutsWord(n.start(), n.end(), words));
        tagged.replaceAll(n -> SegmentedNames.wholePersonName(n, words));
        SegmentedNames.personWords(words, kept, tagged);
        tagged.replaceAll(n -> SegmentedNames.alignToWords(NameEdges.balanced(n, t), words));
        tagged.removeIf(java.util.Objects::isNull);
        tagged.replaceAll(n -> SegmentedNames.placeNotBody(n, words, t, kept));
        kept.removeIf(k -> unsupported(k, tagged, words));
        kept.replaceAll(k -> NameEdges.withPartyPrefix(countryNotBody(k, t), t));
        lexiconPlaces(kept, t, words);
        List<Span> extra = new ArrayList<>();
        for (Span span : tagged) {
            List<Span> inside = kept.stream().filter(k -> k.overlaps(span.start(), span.end())).toList();
            List<Span> chain = span.kind() == EntityKind.PLACE
                    ? SegmentedNames.placeChain(span, inside, words, t, p -> !NOT_A_LEVEL.matcher(p).matches())
                    : null;
            if (chain != null) {
                extra.addAll(chain); // 安阳|殷墟, 甘肃|河西走廊, 泰国|春武里府: one place per level
            } else if (inside.isEmpty()) {
                extra.add(span);
            } else if (encloses(span, inside, t)) {
                kept.removeAll(inside);
                kept.add(span);
            } else if (span.kind() == EntityKind.PLACE) {
                extra.addAll(chainRest(span, inside, t));
            }
        }
        teams(kept, t); // after the tagger's, which may hold a longer club name: 皇家马德里队
        afterCountries(kept, extra, t);
        for (Sentence s : x.sentences()) {
            for (Span pair : NameEdges.countryPairs(t, s.start(), s.end(), words)) {
                if (kept.stream().noneMatch(k -> k.overlaps(pair.start(), pair.end()))) {
                    extra.removeIf(e -> e.overlaps(pair.start(), pair.end()));
                    kept.add(pair);
                }
            }
        }
        SegmentedNames.dictionaryPlaces(words, kept, extra);
        trimOrganizations(kept, words, t);
        trimOrganizations(extra, words, t);
        extra.removeIf(e -> kept.stream().anyMatch(k -> k.overlaps(e.start(), e.end())));
        kept.sort(Comparator.comparingInt(Span::start));
        List<Span> out = new ArrayList<>(kept);
        out.addAll(extra);
        return out;
    }

    private static void trimOrganizations(List<Span> spans, List<Token> words, String text) {
        spans.replaceAll(s -> s.kind().group() == EntityKind.Group.ORGANIZATION
                ? NameEdges.trimOrganization(s, words, text) : s);
        spans.removeIf(java.util.Objects::isNull);
    }

    /**
     * A body the extraction names as a country and 政府, 企业 … (中国政府, 日本企业): reported as the country, as
     * newswire marks it; the country's people or firms at large are no one body.
     */
    private static Span countryNotBody(Span k, String text) {
        if (k.kind().group() != EntityKind.Group.ORGANIZATION) {
            return k;
        }
        for (DictionaryMatcher.Hit<Lexicons.PlaceEntry> h : Lexicon.PLACES.find(text.substring(k.start(), k.end()))) {
            if (h.start() == 0 && h.value().kind() == EntityKind.COUNTRY
                    && NOT_A_BODY.matcher(text.substring(k.start() + h.end(), k.end())).matches()) {
                return new Span(k.start(), k.start() + h.end(), EntityKind.COUNTRY, null);
            }
        }
        return k;
    }

    /**
     * A place HanLP's dictionary knows right after a country (越南河内, 马来西亚槟城, 泰国清迈府): foreign cities the
     * gazetteer and the lexicon lack and the tagger misses, where the country before them vouches for the reading.
     */
    private static void afterCountries(List<Span> kept, List<Span> extra, String text) {
        List<Span> found = new ArrayList<>();
        for (Span k : kept) {
            if (k.kind() != EntityKind.COUNTRY || k.end() >= text.length()) {
                continue;
            }
            // segmented with the country, so that the name after it is cut as in the sentence
            int to = Math.min(text.length(), k.end() + 8);
            List<Token> toks = Tokenizer.shared().tokenize(text.substring(k.start(), to), k.start());
            int i = 0;
            while (i < toks.size() && toks.get(i).start() < k.end()) {
                i++;
            }
            if (i + 1 >= toks.size()) {
                continue; // the name must end inside the window, before another word
            }
            Token tok = toks.get(i);
            Token next = toks.get(i + 1);
            // 不列颠|哥伦比亚|省: a place word followed by more of a name is only the start of one
            boolean runsOn = next.pos().startsWith("ns")
                    || "省州市县区港岛湾河江湖山城府".indexOf(next.word().charAt(0)) >= 0;
            if (tok.start() == k.end() && tok.pos().startsWith("ns") && tok.word().length() >= 2 && !runsOn
                    && kept.stream().noneMatch(o -> o.overlaps(tok.start(), tok.end()))
                    && extra.stream().noneMatch(o -> o.overlaps(tok.start(), tok.end()))) {
                found.add(new Span(tok.start(), tok.end(), EntityKind.PLACE, null));
            }
        }
        kept.addAll(found);
    }

    /**
     * Whether the tagger's longer name replaces the extraction's names inside it: an organization or person that
     * holds them whole (武汉市防汛指挥部 over 武汉市, 中国红十字会 over 中国, 岸田文雄 over 田文), as a flat
     * annotation writes the longest name. Places inside a place stay apart, one per level (湖北省 武汉市).
     */
    private static boolean encloses(Span tagged, List<Span> inside, String text) {
        if (tagged.kind() == EntityKind.PLACE) {
            return false;
        }
        if (inside.size() == 1 && inside.get(0).kind() == EntityKind.PLACE && tagged.kind() == EntityKind.ORGANIZATION
                && inside.get(0).start() == tagged.start() && inside.get(0).end() == tagged.end()) {
            // a city named for its club (罗马, 利物浦): the tagger reads the context, the lexicon does not; after
            // 在, 到, 赴 … it is where something happens, a place (在罗马发布)
            return tagged.start() == 0 || "在于到赴从至往".indexOf(text.charAt(tagged.start() - 1)) < 0;
        }
        int end = tagged.start();
        for (Span k : inside) {
            if (k.start() < tagged.start() || k.end() > tagged.end()
                    || k.end() - k.start() >= tagged.end() - tagged.start()
                    || !isName(k.kind())) {
                return false;
            }
            end = Math.max(end, k.end());
        }
        // what follows the names must read as the rest of an organization's name, not as a direction, a post or a
        // verb phrase: 叙利亚北部, 美国国务卿, 中国深化农业 are no bodies, 北京万科 and 中国足协 are
        int first = inside.stream().mapToInt(Span::start).min().orElse(tagged.start());
        if (Tokenizer.shared().tokenize(text.substring(tagged.start(), first), 0).stream()
                .anyMatch(w -> w.isVerb() && !w.pos().equals("vn"))) {
            return false; // (横)扫浙江队: the tagger took a verb before the name into it
        }
        int last = end;
        String tail = text.substring(last, tagged.end());
        if (tagged.kind() != EntityKind.ORGANIZATION || placesThenBody(tagged, inside)) {
            return true; // 美国国防部, 北京市住建委: a place before a body's name
        }
        boolean afterBody = inside.stream()
                .anyMatch(k -> k.end() == last && k.kind().group() == EntityKind.Group.ORGANIZATION);
        if (inside.size() == 1 && inside.get(0).kind() == EntityKind.COUNTRY && NOT_A_BODY.matcher(tail).matches()) {
            return false; // 中国政府, 新加坡企业: a country's people or firms at large, the country named
        }
        if (tail.isEmpty() || DIRECTION.matcher(tail).matches() || POST_ENDING.matcher(tail).find()
                || afterBody && tail.length() == 1) {
            return false; // 公安部部(署): one character more than a known body is the tagger running over
        }
        List<Token> words = Tokenizer.shared().tokenize(tail, 0);
        // 防汛指挥部 (vn) and 住保办 (words ending as a body does) are names after all; 签署 is not
        return words.isEmpty() || !words.get(0).isVerb() || words.get(0).pos().equals("vn")
                || words.size() > 1 && BODY_CHARS.indexOf(tail.charAt(tail.length() - 1)) >= 0;
    }

    /** Whether {@code inside} is places from the tagged span's start, one after another, then a body ending it. */
    private static boolean placesThenBody(Span tagged, List<Span> inside) {
        List<Span> byStart = new ArrayList<>(inside);
        byStart.sort(Comparator.comparingInt(Span::start));
        int at = tagged.start();
        for (int i = 0; i < byStart.size(); i++) {
            Span k = byStart.get(i);
            boolean last = i == byStart.size() - 1;
            if (k.start() != at || (last ? k.kind().group() != EntityKind.Group.ORGANIZATION || k.end() != tagged.end()
                    : k.kind().group() != EntityKind.Group.PLACE)) {
                return false;
            }
            at = k.end();
        }
        return !byStart.isEmpty();
    }

    /** Characters that end the names of bodies: 局, 委, 办, 队 … */
    private static final String BODY_CHARS = "司局委会社厂院站所行部处队校馆团组办厅署";

    /** Posts and kinds of people after a place: 美国国务卿, 英国首相, 日本球星. */
    private static final Pattern POST_ENDING = Pattern.compile(
            "(总统|总理|首相|主席|国务卿|部长|外长|大使|秘书长|发言人|议员|官员|人士|专家|球星|选手|队员|记者|总裁|董事长|市长|省长|州长)$");
    private static final Pattern NOT_A_BODY = Pattern.compile(
            "政府|企业|企业家|公司|当局|方面|人民|民众|公民|军队|军方|警方|政界|商界|学界|媒体|球迷|游客|客商|商人");
    private static final Pattern DIRECTION = Pattern.compile("[东南西北中内外全局]+部");

    /** Places of the lexicon (countries, seas, great rivers), loaded on first use. */
    private static final class Lexicon {
        static final DictionaryMatcher<Lexicons.PlaceEntry> PLACES = DictionaryMatcher.of(Lexicons.load().places);
    }

    /**
     * A lexicon place that holds bare division names the gazetteer linked first (金沙江 over the county 金沙, 黄浦江
     * over the district 黄浦) is the one name there.
     */
    private static void lexiconPlaces(List<Span> kept, String text, List<Token> words) {
        for (DictionaryMatcher.Hit<Lexicons.PlaceEntry> h : Lexicon.PLACES.find(text)) {
            List<Span> inside = kept.stream().filter(k -> k.overlaps(h.start(), h.end())).toList();
            if (inside.isEmpty()) {
                // one a division cutting its word hid (嘉陵江 under 江南 in 嘉陵江|南充), read as the sentence is cut
                if (!SegmentedNames.cutsWord(h.start(), h.end(), words)) {
                    kept.add(new Span(h.start(), h.end(), h.value().kind(), null));
                }
            } else if (inside.stream().allMatch(k -> k.kind().isDivision() && k.start() >= h.start()
                    && k.end() <= h.end() && k.end() - k.start() < h.end() - h.start())) {
                kept.removeAll(inside);
                kept.add(new Span(h.start(), h.end(), h.value().kind(), null));
            }
        }
    }

    /**
     * The levels of a place chain the tagger read whole and the gazetteer only in part: 甘孜州 in 四川甘孜州泸定县,
     * where 四川 and 泸定县 are linked and the short form of the prefecture is not. Each stretch the linked places
     * leave uncovered that ends with an administrative suffix is a place of its own.
     */
    private static List<Span> chainRest(Span tagged, List<Span> inside, String text) {
        List<Span> out = new ArrayList<>();
        if (inside.stream().anyMatch(k -> k.kind().group() != EntityKind.Group.PLACE || k.start() < tagged.start()
                || k.end() > tagged.end())) {
            return out;
        }
        List<Span> byStart = new ArrayList<>(inside);
        byStart.sort(Comparator.comparingInt(Span::start));
        int at = tagged.start();
        for (int i = 0; i <= byStart.size(); i++) {
            int next = i < byStart.size() ? byStart.get(i).start() : tagged.end();
            String part = text.substring(at, next);
            if (part.length() >= 2 && ADMIN_SUFFIXES.indexOf(part.charAt(part.length() - 1)) >= 0
                    && !NOT_A_LEVEL.matcher(part).matches()
                    && part.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                out.add(new Span(at, next, EntityKind.PLACE, null));
            }
            if (i < byStart.size()) {
                at = byStart.get(i).end();
            }
        }
        return out;
    }

    private static final String ADMIN_SUFFIXES = "省市县区州盟旗镇乡村";
    /**
     * Words ending like a level that are none (华北地区, 拉萨市区, 大兴安岭林区, 缅甸北部山区), and a function word the
     * tagger ran over (的村).
     */
    private static final Pattern NOT_A_LEVEL = Pattern.compile(
            "(地|城|市|郊|景|片|辖|全|园|社|老|新)区|.*(山|林|矿|牧|灾|库)区|[东南西北中][部方].*|[的之和与及在].*");

    /**
     * Teams named after their place, as newswire marks them: 中国队, 巴西队, 山东泰山队, 中国女排, 中国乒乓球队. The
     * extraction sees only the place (and 泰山 in it), so the team's name replaces them.
     */
    private static void teams(List<Span> kept, String text) {
        List<Span> byStart = new ArrayList<>(kept);
        byStart.sort(Comparator.comparingInt(Span::start));
        for (Span k : byStart) {
            if (k.kind().group() != EntityKind.Group.PLACE || !kept.contains(k)) {
                continue;
            }
            Matcher m = TEAM.matcher(text).region(k.end(), text.length());
            if (m.lookingAt()) {
                Span team = new Span(k.start(), m.end(), EntityKind.ORGANIZATION, null);
                kept.removeIf(o -> o.overlaps(team.start(), team.end()));
                kept.add(team);
            }
        }
    }

    /** What follows a place in a team's name: club, sport or service (up to six characters) and 队, or a squad. */
    private static final Pattern TEAM = Pattern.compile(
            "(?:[\\p{IsHan}&&[^的了在和与及是为对把被将从向军部]]{0,6}?队(?![员长伍列形友])"
                    + "|女排|女足|男篮|女篮|男足|国奥队)");

    /**
     * A bare two-character division name (英德, 金沙, 连城) that the tagger does not see as a name there: such
     * short names are also words and parts of other names, and out of the rural articles the gazetteer was built
     * for, the tagger's reading of the context is the better guide.
     */
    private static boolean unsupported(Span k, List<Span> tagged, List<Token> words) {
        EntityKind kind = k.kind();
        if (kind.isDivision() && SegmentedNames.misreadDivision(k.start(), k.end(), words)
                && tagged.stream().noneMatch(n -> n.start() == k.start() && n.end() == k.end())) {
            return true; // 江南 in 嘉陵江|南充, 河西 in 河西走廊
        }
        // prefectures stay: 合肥, 无锡 are cities the news names often and bare; so does a county the dictionary
        // knows as a place word right there (平潭, 泰山 in 泰山|脚下)
        boolean shortDivision = (kind == EntityKind.COUNTY || kind == EntityKind.TOWNSHIP || kind == EntityKind.VILLAGE)
                && k.end() - k.start() <= 2;
        return shortDivision && tagged.stream().noneMatch(n -> n.overlaps(k.start(), k.end()))
                && !SegmentedNames.isDictionaryPlace(SegmentedNames.wordAt(k.start(), k.end(), words));
    }

    private static boolean isName(EntityKind k) {
        return k != EntityKind.POST && (k.group() == EntityKind.Group.PLACE
                || k.group() == EntityKind.Group.ORGANIZATION || k.group() == EntityKind.Group.PERSON);
    }
}
