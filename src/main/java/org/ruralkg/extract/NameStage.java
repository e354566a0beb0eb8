package org.ruralkg.extract;

import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.vocabulary.XSD;
import org.ruralkg.link.PlaceLinker;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.ner.NerSpan;
import org.ruralkg.nlp.ner.NerTagger;
import org.ruralkg.nlp.ner.NerType;
import org.ruralkg.vocab.RKG;

/**
 * Names the rules and the gazetteer miss, from the trained tagger ({@link NerTagger}) and the lexicon of places
 * that are not divisions. The tagger's spans are candidates: a place already linked, or a name inside an
 * organization or programme, wins over them; what is left is typed by its suffix (余村 a village, 石狮开发区 a
 * development zone, 汾河 a river) and kept even when the gazetteer cannot link it, flagged {@code rkg:linked
 * false} and placed in the place the sentence is about.
 */
final class NameStage {
    /** Suffixes of place names and the kind they signal, longest first. */
    private static final List<Map.Entry<String, EntityKind>> PLACE_SUFFIXES = List.of(
            Map.entry("经济技术开发区", EntityKind.DEVELOPMENT_ZONE), Map.entry("高新技术产业开发区", EntityKind.DEVELOPMENT_ZONE),
            Map.entry("风景名胜区", EntityKind.SCENIC_AREA), Map.entry("国家森林公园", EntityKind.SCENIC_AREA),
            Map.entry("国家公园", EntityKind.SCENIC_AREA), Map.entry("森林公园", EntityKind.SCENIC_AREA),
            Map.entry("湿地公园", EntityKind.SCENIC_AREA), Map.entry("风景区", EntityKind.SCENIC_AREA),
            Map.entry("开发区", EntityKind.DEVELOPMENT_ZONE), Map.entry("高新区", EntityKind.DEVELOPMENT_ZONE),
            Map.entry("经开区", EntityKind.DEVELOPMENT_ZONE), Map.entry("工业园区", EntityKind.DEVELOPMENT_ZONE),
            Map.entry("示范区", EntityKind.DEVELOPMENT_ZONE), Map.entry("试验区", EntityKind.DEVELOPMENT_ZONE),
            Map.entry("新区", EntityKind.DEVELOPMENT_ZONE), Map.entry("园区", EntityKind.DEVELOPMENT_ZONE),
            Map.entry("景区", EntityKind.SCENIC_AREA), Map.entry("嘎查", EntityKind.VILLAGE),
            Map.entry("社区", EntityKind.VILLAGE), Map.entry("街道", EntityKind.TOWNSHIP),
            Map.entry("苏木", EntityKind.TOWNSHIP), Map.entry("水库", EntityKind.LAKE), Map.entry("盆地", EntityKind.PLACE),
            Map.entry("屯", EntityKind.PLACE), Map.entry("组", EntityKind.PLACE), Map.entry("寨", EntityKind.PLACE),
            Map.entry("村", EntityKind.VILLAGE), Map.entry("镇", EntityKind.TOWNSHIP), Map.entry("乡", EntityKind.TOWNSHIP),
            Map.entry("县", EntityKind.COUNTY), Map.entry("旗", EntityKind.COUNTY), Map.entry("河", EntityKind.RIVER),
            Map.entry("江", EntityKind.RIVER), Map.entry("溪", EntityKind.RIVER), Map.entry("湖", EntityKind.LAKE),
            Map.entry("山", EntityKind.MOUNTAIN), Map.entry("岭", EntityKind.MOUNTAIN), Map.entry("峰", EntityKind.MOUNTAIN));
    /** Words the tagger sometimes calls a place that are not one. */
    private static final String NOT_A_PLACE = "农村|乡村|全村|本村|该村|村里|村庄|城乡|家乡|山区|江山|河山|当地|全国|全省|全县|全市|基层|"
            + "城区|镇上|县城|山村|乡镇|村镇";

    /** Words after 中国 that make it part of a phrase, not the country: 中国特色, 中国共产党. */
    private static final java.util.regex.Pattern NOT_THE_COUNTRY = java.util.regex.Pattern.compile("特色|式|共产党|梦|人民");

    private final NerTagger tagger;
    private final DictionaryMatcher<Lexicons.PlaceEntry> places;
    private final List<Map.Entry<String, EntityKind>> orgSuffixes;
    private final java.util.Set<String> titles;

    private final OrganizationStage rules;

    NameStage(NerTagger tagger, Lexicons lexicons, OrganizationStage rules) {
        this.rules = rules;
        this.tagger = tagger;
        this.places = DictionaryMatcher.of(lexicons.places);
        this.orgSuffixes = lexicons.orgSuffixesLongestFirst();
        this.titles = java.util.Set.copyOf(lexicons.posts.keySet());
    }

    /** Tags every sentence once; the spans are read by the later steps and by the organization stage. */
    void tag(ArticleState st) {
        for (Sentence s : st.sentences) {
            tagger.tag(st.text, s.start(), s.end(), (a, b, t) -> st.name(new NerSpan(a, b, t)));
        }
    }

    /** A place of the lexicon named at {@code [start, end)}: its entity, mention and country code; returns its key. */
    static String lexiconPlace(ArticleState st, Sentence s, int start, int end, Lexicons.PlaceEntry place) {
        String key = EntityKey.place(place.name()).toString();
        st.entity(key, place.kind(), place.name());
        st.mention(start, end, place.kind(), key, s);
        if (!place.iso().isEmpty()) {
            st.fact(key, RKG.isoCode.getURI(), Term.Lit.plain(place.iso()), s, start, end, "lexicon:place");
        }
        return key;
    }

    /** Places from the lexicon (countries, regions, great rivers) and the tagger's places nobody named yet. */
    void places(ArticleState st, Sentence s, java.util.function.Supplier<List<org.ruralkg.nlp.Token>> tokens) {
        for (DictionaryMatcher.Hit<Lexicons.PlaceEntry> h : places.find(s.text())) {
            int start = s.start() + h.start();
            int end = s.start() + h.end();
            if (st.mentionsIn(start, end).isEmpty() && !NOT_THE_COUNTRY.matcher(st.text).region(end, st.text.length()).lookingAt()) {
                String area = areaAfter(st.text, end, h.value().kind());
                if (area == null) {
                    lexiconPlace(st, s, start, end, h.value());
                } else { // 皖南山区, 大别山区: the area of a region or range is a place of its own
                    lexiconPlace(st, s, start, end + area.length(),
                            new Lexicons.PlaceEntry(h.value().name() + area, EntityKind.PLACE, ""));
                }
            }
        }
        for (java.util.regex.Matcher m = COUNTED_VILLAGES.matcher(st.text).region(s.start(), s.end()); m.find(); ) {
            int listEnd = m.start() > s.start() && st.text.charAt(m.start() - 1) == '等' ? m.start() - 1 : m.start();
            int item = listEnd;
            while (item > s.start() && listEnd - item < 3 && Character.UnicodeScript.of(st.text.charAt(item - 1))
                    == Character.UnicodeScript.HAN) {
                item--;
            }
            if (listEnd - item >= 2 && item > s.start() && st.text.charAt(item - 1) == '、'
                    && st.text.charAt(listEnd - 1) != '村') {
                listedVillages(st, s, listEnd); // 首章、升阳、灵凤山4个村 (but not 全县12个村, which lists nothing)
            }
        }
        for (NerSpan n : st.namesIn(s, NerType.LOCATION)) {
            int start = n.start();
            // a chain the gazetteer resolved in part (安吉县天荒坪镇余村 with 余村 unknown): keep what follows
            Optional<Mention> last = st.mentionsIn(n.start(), n.end()).stream()
                    .filter(m -> m.kind().group() == EntityKind.Group.PLACE).max(Comparator.comparingInt(Mention::end));
            if (last.isPresent()) {
                start = last.get().end();
            }
            int from = start;
            if (n.end() - start < 2 || !st.mentionsIn(start, n.end()).isEmpty() || st.claimed(start, n.end())
                    || tokens.get().stream().noneMatch(t -> t.start() == from)
                    || tokens.get().stream().noneMatch(t -> t.end() == n.end())) {
                continue; // named already, or cutting through words (居民和村民 is not a village 民和村)
            }
            String name = st.text.substring(start, n.end());
            Map.Entry<String, EntityKind> suffix = placeSuffix(name);
            if (suffix == null || name.matches(NOT_A_PLACE) || !MODEL_PLACE_KINDS.contains(suffix.getValue())) {
                continue; // the gazetteer knows every county and city; a name with no place suffix is too unsure
            }
            EntityKind kind = suffix.getValue();
            String stem = name.substring(0, name.length() - suffix.getKey().length());
            if (kind == EntityKind.VILLAGE && stem.endsWith("等")) {
                listedVillages(st, s, n.end() - 2);
                continue; // 龙利、三浪、枝林等村: villages named bare in a list, not a village 枝林等村
            }
            if (inSlogan(st.text, start, n.end())) {
                continue; // “党建强村、产业富村”: a slogan of parallel four-character phrases names no village
            }
            if (stem.length() < 2 || PlaceLinker.isCommonWord(stem) || name.endsWith("乡村")
                    || !stem.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue; // 新村, 典型村, 文明村: a word for a kind of village, not a name
            }
            unlinkedPlace(st, s, start, n.end(), name, kind, "model:ner");
        }
    }

    /**
     * 山区 after a region (皖南山区), 区 after a range (大别山区); null if none follows. Not 地区: 华北地区 is 华北
     * and a word, as newswire marks it.
     */
    private static String areaAfter(String text, int end, EntityKind kind) {
        if (kind == EntityKind.PLACE && text.startsWith("山区", end)) {
            return text.substring(end, end + 2);
        }
        return kind == EntityKind.MOUNTAIN && text.startsWith("区", end) && text.charAt(end - 1) == '山' ? "区" : null;
    }

    /** A count of villages closing a list: 4个村, 等三个行政村. */
    private static final java.util.regex.Pattern COUNTED_VILLAGES =
            java.util.regex.Pattern.compile("(?:[0-9０-９]+|[一二三四五六七八九十两]+)个(?:行政)?村");

    private static final java.util.regex.Pattern SLOGAN =
            java.util.regex.Pattern.compile("\\p{IsHan}{4}(?:[、，,]\\p{IsHan}{4})+");

    /** Whether [start, end) lies inside quotation marks around parallel four-character phrases. */
    static boolean inSlogan(String text, int start, int end) {
        int open = text.lastIndexOf('“', start);
        int close = text.indexOf('”', end);
        return open >= 0 && close >= 0 && text.lastIndexOf('”', start) < open && close - open <= 40
                && SLOGAN.matcher(text).region(open + 1, close).matches();
    }

    /**
     * The villages of a list that names them bare before 等村 (龙利、三浪、枝林等村), each kept as a village of the
     * place in focus unless the article names it in full elsewhere. {@code listEnd} is where 等 stands.
     */
    private static void listedVillages(ArticleState st, Sentence s, int listEnd) {
        int end = listEnd;
        while (end > s.start()) {
            int start = end;
            while (start > s.start() && end - start < 3
                    && Character.UnicodeScript.of(st.text.charAt(start - 1)) == Character.UnicodeScript.HAN) {
                start--;
            }
            boolean listed = start > s.start() && st.text.charAt(start - 1) == '、';
            if (!listed && start > s.start() && Character.UnicodeScript.of(st.text.charAt(start - 1))
                    == Character.UnicodeScript.HAN) {
                start = end - 2; // the first item after a verb (带动龙利、三浪等村): bare village names have two
            }
            String name = st.text.substring(start, end) + "村";
            if (end - start >= 2 && st.mentionsIn(start, end).isEmpty()
                    && st.mentionsIn(0, st.text.length()).stream().noneMatch(m -> m.text().equals(name))) {
                unlinkedPlace(st, s, start, end, name, EntityKind.VILLAGE, "rule:village-list");
            }
            if (!listed) {
                return;
            }
            end = start - 1;
        }
    }

    /** A place the gazetteer does not resolve, kept all the same and placed where the sentence puts it. */
    static void unlinkedPlace(ArticleState st, Sentence s, int start, int end, String name, EntityKind kind, String method) {
        String topic = st.topicPlace(start);
        Entity container = topic == null ? null : st.entity(topic);
        String scope = st.topicPlace(start, EntityKind.COUNTY);
        String key = EntityKey.scoped(EntityKey.PLACE, name, st.scope(scope)).toString();
        st.entity(key, kind, name);
        st.mention(start, end, kind, key, s);
        if (kind.isDivision() || kind == EntityKind.PLACE) {
            st.fact(key, RKG.linked.getURI(), Term.Lit.typed("false", XSD.xboolean.getURI()), s, start, end, method);
        }
        if (container != null && !topic.equals(key) && contains(container.kind(), kind)) {
            st.fact(key, RKG.partOf.getURI(), new Term.Ref(topic), s, start, end, "rule:topic-place");
            st.parentOf.putIfAbsent(key, topic);
        }
    }

    /** Whether a place of kind {@code outer} can contain one of kind {@code inner}. */
    private static boolean contains(EntityKind outer, EntityKind inner) {
        if (!outer.isDivision()) {
            return false;
        }
        if (!inner.isDivision()) {
            return inner != EntityKind.COUNTRY && inner != EntityKind.WORLD_REGION;
        }
        return outer.ordinal() < inner.ordinal();
    }

    /** Kinds of place the tagger may add: those the gazetteer does not list completely. */
    private static final java.util.Set<EntityKind> MODEL_PLACE_KINDS = java.util.EnumSet.of(EntityKind.VILLAGE,
            EntityKind.TOWNSHIP, EntityKind.PLACE, EntityKind.RIVER, EntityKind.LAKE, EntityKind.DEVELOPMENT_ZONE,
            EntityKind.SCENIC_AREA);

    /** The place suffix a name ends with and the kind of place it signals (the longest listed first), or null. */
    private static Map.Entry<String, EntityKind> placeSuffix(String name) {
        for (Map.Entry<String, EntityKind> e : PLACE_SUFFIXES) {
            if (name.endsWith(e.getKey()) && name.length() > e.getKey().length()) {
                return e;
            }
        }
        return null;
    }

    /** The tagger's organizations that the suffix rules and the lexicon did not find. */
    void organizations(ArticleState st, Sentence s) {
        for (NerSpan n : st.namesIn(s, NerType.ORGANIZATION)) {
            String name = st.text.substring(n.start(), n.end());
            if (name.length() < 3 || !st.mentionsIn(n.start(), n.end()).stream()
                    .allMatch(m -> m.kind().isDivision() && m.end() < n.end())) {
                continue; // found already, or only a place the tagger took for a body
            }
            EntityKind kind = null;
            for (Map.Entry<String, EntityKind> e : orgSuffixes) {
                if (name.endsWith(e.getKey()) && name.length() > e.getKey().length() + 1) {
                    kind = e.getValue();
                    break;
                }
            }
            if (kind != null && name.length() <= 6 && orgSuffixLength(name) == 1
                    && st.mentionsIn(n.start(), n.end()).stream().noneMatch(m -> m.kind().isDivision())) {
                kind = null; // 局 or 厂 alone marks a body only after its place: 经济发展大局 is none
            }
            if (kind != null && (rules.isGeneric(st, n.start(), n.end(), orgSuffixLength(name)) || name.contains("+"))) {
                kind = null; // 养殖专业合作社: a kind, not a name
            }
            if (kind == null) {
                continue; // without an organization suffix the tagger's guess is too often a phrase (乡村振兴)
            }
            if (Names.notAName(st, s, n.start(), n.end() - orgSuffixLength(name))) {
                continue; // (柑)橘专业合作社, 筹建合作社: a word cut in two, or an act, before the suffix
            }
            String key = EntityKey.org(name).toString();
            st.entity(key, kind, name);
            st.mention(n.start(), n.end(), kind, key, s);
        }
    }

    private int orgSuffixLength(String name) {
        for (Map.Entry<String, EntityKind> e : orgSuffixes) {
            if (name.endsWith(e.getKey())) {
                return e.getKey().length();
            }
        }
        return 0;
    }

    /**
     * A three-character name the tagger alone found whose first two characters are a word of their own (李子树,
     * 梁子像): with no title before it and no speech after it, the word is likelier than a name.
     */
    private static boolean opensWithAWord(String name) {
        return name.length() == 3 && Names.isPlainWord(name.substring(0, 2));
    }

    /** A span that ends with a post title (见习记者) is the title, not a name. */
    private boolean endsWithATitle(String name) {
        for (int i = 1; i < name.length() - 1; i++) {
            if (titles.contains(name.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /** The tagger's people that no post pattern or speech cue found. */
    void people(ArticleState st, Sentence s) {
        for (NerSpan n : st.namesIn(s, NerType.PERSON)) {
            int end = PersonStage.opensClause(st.text, n.start(), n.end() - n.start()) ? n.start() + 2 : n.end();
            String name = st.text.substring(n.start(), end);
            boolean dotted = name.indexOf('·') > 0;
            if (!dotted && (name.length() < 2 || name.length() > 4 || !Names.hasSurname(name)
                    || PlaceLinker.isCommonWord(name) || Names.isPlainWord(name) || Names.startsMidWord(st.text, n.start())
                    || Names.endsMidWord(st.text, end) || opensWithAWord(name) || endsWithATitle(name)
                    || Names.placeOfNote(st, n.start(), end) != null)
                    || !name.chars().allMatch(c -> c == '·' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    || !st.mentionsIn(n.start(), end).isEmpty()) {
                continue;
            }
            String key = st.personNamed(name);
            st.entity(key, EntityKind.PERSON, name);
            st.mention(n.start(), end, EntityKind.PERSON, key, s);
        }
    }
}
