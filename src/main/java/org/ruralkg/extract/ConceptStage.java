package org.ruralkg.extract;

import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralkg.link.Concept;
import org.ruralkg.link.Concepts;
import java.util.function.Supplier;
import org.apache.jena.vocabulary.SKOS;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.Token;
import org.ruralkg.vocab.RKG;

/**
 * Crops and livestock: labels of the concept scheme (and abbreviations such as 薯米果蔬) found in a sentence
 * that speaks of growing or raising become {@code rkg:grows} / {@code rkg:raises} of the company or place
 * doing it. A variety (玉露香梨) also yields its broader crop (梨), so queries for the crop find it.
 */
final class ConceptStage {
    private static final Pattern CROP_CUE = Pattern.compile("种植|栽植|栽种|种了|种上|播种|果园|园|基地|产业|树|棵|株|亩|"
            + "丰产|采摘|育苗|收获|产量|田|枝头|果林|林木|林下|大棚|作物|品种|上市|采收|挂果|成熟|(?<![品物兵良各多一])种(?![类子群族业植])");
    private static final Pattern LIVESTOCK_CUE = Pattern.compile("养殖|养|繁殖|繁育|育|引进|规模|头|只|出栏|存栏|舍|圈|"
            + "成群|放养|散养|牧|产业");
    private static final PatternStarts CROP_CUE_STARTS = PatternStarts.of(CROP_CUE);
    private static final PatternStarts LIVESTOCK_CUE_STARTS = PatternStarts.of(LIVESTOCK_CUE);
    /** Characters after a livestock or crop word that make it a product or a part, not the thing raised: 牛粪, 牛舍. */
    private static final String NOT_THE_THING = "粪舍肉奶蛋皮毛绒油饼渣杯壶馆楼几艺话点饭料";

    /** Concepts that group crops or animals; a place before them names no variety (雁江区水果). */
    private static final Pattern GROUPS = Pattern.compile("水果|蔬菜|粮食作物|经济作物|油料作物|杂粮|食用菌|中药材|花卉|苗木|"
            + "饲草|干果|家禽|水产|畜禽|作物");

    private final Concepts concepts;
    private final DictionaryMatcher<List<Concept>> matcher;
    private final ListedCrops listed;

    ConceptStage(Concepts concepts, Lexicons lexicons) {
        this.concepts = concepts;
        Map<String, List<Concept>> labels = new LinkedHashMap<>();
        for (String label : concepts.labels()) {
            concepts.byLabel(label).ifPresent(c -> labels.put(label, List.of(c)));
        }
        lexicons.abbreviations.forEach((abbr, parts) -> {
            List<Concept> cs = new ArrayList<>();
            for (String p : parts) {
                concepts.byLabel(p.strip()).ifPresent(cs::add);
            }
            if (!cs.isEmpty()) {
                labels.put(abbr, cs);
            }
        });
        this.matcher = DictionaryMatcher.of(labels);
        this.listed = new ListedCrops(this, concepts);
    }

    void run(ArticleState st, Sentence s, Supplier<List<Token>> tokens) {
        String t = s.text();
        if (VARIETY_WORD.matcher(t).find()) {
            varietiesNamed(st, s, tokens.get());
        }
        boolean cropCue = cue(st, s, CROP_CUE, CROP_CUE_STARTS);
        boolean livestockCue = cue(st, s, LIVESTOCK_CUE, LIVESTOCK_CUE_STARTS);
        if (t.indexOf('、') >= 0) {
            listed.run(st, s, tokens.get(), cropCue, livestockCue);
        }
        for (DictionaryMatcher.Hit<List<Concept>> h : matcher.find(t)) {
            int start = s.start() + h.start();
            int end = s.start() + h.end();
            if (h.end() < t.length() && NOT_THE_THING.indexOf(t.charAt(h.end())) >= 0) {
                continue;
            }
            List<Mention> there = st.mentionsIn(start, end);
            if (!there.stream().allMatch(x -> isGrowingSite(x) || x.kind().group() == EntityKind.Group.CONCEPT || x.start() >= start && x.end() <= end
                    && x.end() - x.start() < end - start)) {
                continue; // 马 in 马家沟村, 肉羊 in “肉羊绿色集成发展项目”: inside a name (but 黄山 in 黄山毛峰, 蔬菜 in …蔬菜种植基地)
            }
            if (there.stream().anyMatch(x -> x.kind().group() == EntityKind.Group.CONCEPT
                    && x.start() < start && x.end() == end)) {
                continue; // the end of a variety named in a list (牦牛 of 雪多牦牛): the variety stands for it
            }
            if (h.text().length() == 1 && h.value().get(0).kind() == EntityKind.LIVESTOCK
                    && tokens.get().stream().noneMatch(x -> x.start() == start && x.end() == end)
                    && st.mentionsIn(start - 1, start).stream().noneMatch(x -> x.end() == start && x.kind().isDivision())) {
                continue; // 马 in 马家柚 or 马嘶, 鸡 in 鸡蛋: one character is the animal only as a word of its own,
                          // or after its place (文昌鸡, one word to HanLP)
            }
            if (h.value().size() == 1 && !GROUPS.matcher(h.value().get(0).prefLabelZh()).matches()) {
                int from = varietyStart(st, s, tokens, start);
                if (from >= 0) {
                    variety(st, s, from, end, h.value().get(0), cropCue, livestockCue);
                    continue;
                }
            }
            for (Concept c : h.value()) {
                st.entity(c.key(), c.kind(), c.prefLabelZh());
                if (h.value().size() == 1) {
                    st.altLabel(c.key(), h.text()); // the article's own name for it: 生猪 for 猪, 茶 for 茶叶
                }
                st.mention(start, end, c.kind(), c.key(), s);
                boolean cue = c.kind() == EntityKind.CROP ? cropCue : livestockCue;
                String noted = Names.placeOfNote(st, start, end); // 宝山镇（蓝莓）: what a listed place is known for
                String grower = noted != null ? noted : cue ? Names.grower(st, s, start) : null;
                if (grower == null) {
                    continue;
                }
                String prop = c.kind() == EntityKind.CROP ? RKG.grows.getURI() : RKG.raises.getURI();
                st.fact(grower, prop, new Term.Ref(c.key()), s, start, end, "lexicon:concept");
                Optional<Concept> broader = c.broaderIri() == null ? Optional.empty() : concepts.byIri(c.broaderIri());
                // Only from a variety to its crop (玉露香梨 → 梨, 三花鹅 → 鹅), never up to a group such as 水果 or 家禽.
                broader.filter(b -> b.broaderIri() != null).ifPresent(b -> st.pendingBroader.add(
                        new Fact(grower, prop, new Term.Ref(b.key()), new Evidence(s.index(), start, end, "concept:broader"))));
            }
        }
    }

    /** Whether the sentence has a cue outside the names in it: 牧 of 农牧业发展有限公司 says nothing of raising. */
    private static boolean cue(ArticleState st, Sentence s, Pattern cue, PatternStarts starts) {
        Matcher m = cue.matcher(s.text());
        for (int from = 0; starts.find(m, s.text(), from); from = PatternStarts.after(m)) {
            int at = s.start() + m.start();
            if (!st.covered(at, s.start() + m.end(), x -> x.kind().group() == EntityKind.Group.ORGANIZATION)) {
                return true;
            }
        }
        return false;
    }

    /** A base or park is where what its name says is grown: 蔬菜 in 宝义兴…蔬菜种植基地 is a crop. */
    private static final Pattern SITE = Pattern.compile(".*(基地|园|园区|场)");

    private static boolean isGrowingSite(Mention m) {
        return m.kind() == EntityKind.PROJECT && SITE.matcher(m.text()).matches();
    }

    /** Quoted names listed before 品种: ‘甜宝’‘香野’这几个品种. */
    private static final Pattern QUOTED_VARIETIES = Pattern.compile("((?:[‘“「][^‘“「’”」，。]{2,8}[’”」][、和及]?)+)"
            + "(?:这|那)?(?:几|两|三|四|五|些)?(?:个|种)?(?:新|优良|优质|主栽|主打)?品种");
    /** Names listed before 等品种 or a count of breeds: 波旁、瑰夏等新品种, 雪多牦牛、河曲马和苏呼欧拉羊三大畜种. */
    private static final Pattern LISTED_VARIETIES = Pattern.compile("([\\u4e00-\\u9fa5\\w\\-]{2,8}(?:[、和及][\\u4e00-\\u9fa5\\w\\-]{2,8})*)"
            + "(?:等|[两三四五六七八九十\\d]+[大个种])(?:新|优良|优质|地方)?(?:品种|畜种|良种)");
    /** Words that say the names beside them are breeds or varieties. */
    private static final Pattern VARIETY_WORD = Pattern.compile("品种|畜种|良种");
    /** A name right after 品种 (新品种不知火，当家品种“锦橙72-1”) or set as one (以中天一号为主推品种). */
    private static final Pattern NAMED_VARIETY = Pattern.compile("(?:新|当家|主推|主栽|主打)品种[“\"]?([\\u4e00-\\u9fa5\\w\\-]{2,8}?)[”\"]?(?=[，。；、]|$)"
            + "|以([\\u4e00-\\u9fa5\\w\\-]{2,6})为(?:主推|主栽|主打|主)品种");
    private static final Pattern ITEM = Pattern.compile("[‘“「]([^’”」]+)[’”」]|([^、]+)");

    /**
     * Varieties the concept scheme does not know, named by the word 品种 beside them: each its own crop (or
     * livestock, where the sentence speaks of animals only), grown by whoever grows in that sentence.
     */
    private void varietiesNamed(ArticleState st, Sentence s, List<Token> tokens) {
        String t = s.text();
        EntityKind kind = st.mentionsIn(s.start(), s.end()).stream().anyMatch(x -> x.kind() == EntityKind.LIVESTOCK)
                && st.mentionsIn(s.start(), s.end()).stream().noneMatch(x -> x.kind() == EntityKind.CROP)
                ? EntityKind.LIVESTOCK : EntityKind.CROP;
        for (Pattern p : List.of(QUOTED_VARIETIES, LISTED_VARIETIES, NAMED_VARIETY)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : 2;
                int from = p == LISTED_VARIETIES ? nounStart(tokens, s.start() + m.start(g)) - s.start() : m.start(g);
                if (p == LISTED_VARIETIES) {
                    boolean counted = !t.startsWith("等", m.end(g)); // 三大畜种: every item names its animal
                    for (int[] item : listItems(t, from, m.end(g))) {
                        item[0] = afterPlaceOrParticle(st, s, t, item[0], item[1]);
                        Concept named = endingConcept(t, item[0], item[1]);
                        if (named != null) {
                            variety(st, s, s.start() + item[0], s.start() + item[1], named, true, true);
                        } else if (!counted) {
                            variety(st, s, s.start() + item[0], s.start() + item[1], kind);
                        }
                    }
                    continue;
                }
                Matcher item = ITEM.matcher(t).region(from, m.end(g));
                while (item.find()) {
                    int ig = item.group(1) != null ? 1 : 2;
                    variety(st, s, s.start() + item.start(ig), s.start() + item.end(ig), kind);
                }
            }
        }
    }

    /** Where a listed name starts past a place or a 的 before it (玛曲县的欧拉羊 → 欧拉羊). */
    static int afterPlaceOrParticle(ArticleState st, Sentence s, String t, int from, int to) {
        int start = Math.max(from, t.lastIndexOf('的', to - 1) + 1);
        for (Mention x : st.mentionsIn(s.start() + start, s.start() + to)) {
            if (x.kind().group() == EntityKind.Group.PLACE && x.end() - s.start() < to) {
                start = Math.max(start, x.end() - s.start());
            }
        }
        return start;
    }

    /** The one crop or animal {@code item} names in full (火龙果, 广柑), else null. */
    Concept whole(String item) {
        List<DictionaryMatcher.Hit<List<Concept>>> hits = matcher.find(item);
        return hits.size() == 1 && hits.get(0).start() == 0 && hits.get(0).end() == item.length()
                && hits.get(0).value().size() == 1 ? hits.get(0).value().get(0) : null;
    }

    /** The crop or animal whose name ends a listed variety (雪多牦牛 → 牦牛), if the scheme knows one; else null. */
    Concept endingConcept(String t, int from, int to) {
        for (DictionaryMatcher.Hit<List<Concept>> h : matcher.find(t.substring(from, to))) {
            if (from + h.end() == to && h.start() > 0 && h.value().size() == 1
                    && !GROUPS.matcher(h.value().get(0).prefLabelZh()).matches()) {
                return h.value().get(0);
            }
        }
        return null;
    }

    /**
     * Items of a list written with 、 and a last 和 or 及, as [start, end) pairs: 和 or 及 separates only between
     * two items of at least two characters each, so 和田大枣 stays one item.
     */
    static List<int[]> listItems(String t, int from, int to) {
        List<int[]> items = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            boolean separator = c == '、' || (c == '和' || c == '及') && i - start >= 2 && to - i > 2;
            if (separator) {
                items.add(new int[] {start, i});
                start = i + 1;
            }
        }
        items.add(new int[] {start, to});
        return items;
    }

    /** The first noun-like token at or after {@code pos}, past the verbs and particles a list is led by (引进了). */
    private static int nounStart(List<Token> tokens, int pos) {
        int start = pos;
        for (Token tok : tokens) {
            if (tok.end() <= pos) {
                continue;
            }
            if (tok.isVerb() || tok.pos().startsWith("u") || tok.pos().startsWith("p") || tok.pos().startsWith("d")) {
                start = tok.end();
            } else {
                break;
            }
        }
        return start;
    }

    static void variety(ArticleState st, Sentence s, int start, int end, EntityKind kind) {
        String label = st.text.substring(start, end);
        if (label.length() < 2 || label.contains("品种") || !st.mentionsIn(start, end).isEmpty()) {
            return;
        }
        String key = new EntityKey(EntityKey.VARIETY, label).toString();
        st.entity(key, kind, label);
        st.mention(start, end, kind, key, s);
        st.fact(key, SKOS.prefLabel.getURI(), Term.Lit.zh(label), s, start, end, "pattern:variety-named");
        String grower = Names.grower(st, s, start);
        if (grower != null) {
            String prop = kind == EntityKind.CROP ? RKG.grows.getURI() : RKG.raises.getURI();
            st.fact(grower, prop, new Term.Ref(key), s, start, end, "pattern:variety-named");
        }
    }

    /**
     * Where a variety named after its place of origin starts (丁庄葡萄, 科尔沁黄牛, 赣南脐橙): a place name, or a
     * word HanLP knows as one, right before the crop. -1 when the crop is named on its own.
     */
    private static int varietyStart(ArticleState st, Sentence s, Supplier<List<Token>> tokens, int start) {
        if (start == s.start()) {
            return -1;
        }
        for (Mention m : st.mentionsIn(start - 1, start)) {
            if (m.kind().group() == EntityKind.Group.PLACE && m.end() == start && m.end() - m.start() <= 4
                    && !m.kind().isDivision() || m.end() == start && m.kind().isDivision() && m.text().length() <= 3
                    && !m.text().matches(".*[省市县区镇乡村]$")) {
                return m.start();
            }
        }
        if (!mayFollowPlaceWord(st.text, s.start(), start)) {
            return -1; // no token the loop below accepts can end here, so the sentence need not be segmented
        }
        for (Token t : tokens.get()) {
            if (t.end() == start && (t.pos().equals("ns") || t.pos().equals("nsf")) && t.word().length() >= 2
                    && t.word().length() <= 3 && !t.word().matches(".*[省市县区镇乡村]$") && st.mentionsIn(t.start(), t.end()).stream()
                    .allMatch(m -> m.start() >= t.start() && m.end() <= t.end())) {
                return t.start();
            }
        }
        return -1;
    }

    /**
     * Whether HanLP could end a place word (ns, nsf) of 2 or 3 characters at {@code start}: such a tag comes only
     * from its core or custom dictionary (its place recognition is off), so the word must be listed with it.
     */
    private static boolean mayFollowPlaceWord(String text, int sentenceStart, int start) {
        if ("省市县区镇乡村".indexOf(text.charAt(start - 1)) >= 0) {
            return false;
        }
        for (int len = 2; len <= 3 && start - len >= sentenceStart; len++) {
            String w = text.substring(start - len, start);
            if (listedAsPlace(CoreDictionary.get(w)) || listedAsPlace(CustomDictionary.get(w))) {
                return true;
            }
        }
        return false;
    }

    private static boolean listedAsPlace(CoreDictionary.Attribute a) {
        if (a != null) {
            for (Nature n : a.nature) {
                if (n == Nature.ns || n == Nature.nsf) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A variety named after its place: its own entity, narrower than the crop, grown where the sentence says. */
    void variety(ArticleState st, Sentence s, int from, int end, Concept crop, boolean cropCue,
            boolean livestockCue) {
        String label = st.text.substring(from, end);
        String key = new EntityKey(EntityKey.VARIETY, label).toString();
        st.entity(key, crop.kind(), label);
        st.mention(from, end, crop.kind(), key, s);
        st.fact(key, SKOS.prefLabel.getURI(), Term.Lit.zh(label), s, from, end, "pattern:variety");
        st.fact(key, SKOS.broader.getURI(), new Term.Ref(crop.key()), s, from, end, "pattern:variety");
        st.entity(crop.key(), crop.kind(), crop.prefLabelZh());
        if (crop.kind() == EntityKind.CROP ? cropCue : livestockCue) {
            String grower = Names.grower(st, s, from);
            if (grower != null) {
                String prop = crop.kind() == EntityKind.CROP ? RKG.grows.getURI() : RKG.raises.getURI();
                st.fact(grower, prop, new Term.Ref(key), s, from, end, "pattern:variety");
                st.pendingBroader.add(new Fact(grower, prop, new Term.Ref(crop.key()),
                        new Evidence(s.index(), from, end, "concept:broader")));
            }
        }
    }

    /**
     * The crop of a variety is grown too (玉露香梨 → 梨), where the article speaks of that crop as well: the
     * concept scheme's skos:broader answers the rest, so the graph does not assert what the text never names.
     */
    void finish(ArticleState st) {
        producersNamed(st);
        for (Fact f : st.pendingBroader) {
            String crop = ((Term.Ref) f.object()).key();
            if (!st.mentionsOf(crop).isEmpty()) {
                st.fact(f.subject(), f.predicate(), f.object(), st.sentences.get(f.evidence().sentence()),
                        f.evidence().start(), f.evidence().end(), f.evidence().method());
            }
        }
    }

    /** The trade after a crop or animal in a producer's name: 玉米种植专业合作社, 肉牛养殖…, 红枣农民专业合作社. */
    private static final Pattern TRADE = Pattern.compile("(?:种植|养殖|种养|繁育|育苗|产销|购销)|(?:农民)?专业合作社");

    /**
     * A cooperative or company whose name says what it grows or raises (四合村玉米种植专业合作社, …肉牛养殖专业
     * 合作社) grows or raises it, whether or not a sentence says so again; a union of them (…专业合作联社) farms
     * through its members and is left to the sentences. A group word (水果种植专业合作社) names
     * no crop; a one-character animal or crop counts only with its farming verb (养牛, 鹅养殖), since 金牛 or
     * 茶业 in a name says nothing of farming.
     */
    private void producersNamed(ArticleState st) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Mention m : st.mentionsIn(0, st.text.length())) {
            if (m.kind() != EntityKind.COOPERATIVE && m.kind() != EntityKind.COMPANY || !seen.add(m.entityKey())) {
                continue;
            }
            String name = st.entity(m.entityKey()).label();
            for (DictionaryMatcher.Hit<List<Concept>> h : matcher.find(name)) {
                Matcher trade = TRADE.matcher(name).region(h.end(), name.length());
                if (h.value().size() != 1 || GROUPS.matcher(h.value().get(0).prefLabelZh()).matches() || !trade.lookingAt()
                        || h.text().length() == 1 && !trade.group().matches("种植|养殖|繁育")
                        && (h.start() == 0 || "养种".indexOf(name.charAt(h.start() - 1)) < 0)) {
                    continue;
                }
                Concept c = h.value().get(0);
                st.entity(c.key(), c.kind(), c.prefLabelZh());
                st.altLabel(c.key(), h.text());
                String prop = c.kind() == EntityKind.CROP ? RKG.grows.getURI() : RKG.raises.getURI();
                st.fact(m.entityKey(), prop, new Term.Ref(c.key()), st.sentences.get(m.sentence()), m.start(), m.end(),
                        "pattern:producer-name");
            }
        }
    }
}
