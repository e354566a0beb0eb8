package org.ruralkg.extract;

import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.source.Article;

/**
 * What has been extracted from one article so far. Confined to the thread extracting that article; the
 * stages add to it in order and later stages read what earlier ones found (the places a sentence is about,
 * the last company named…).
 */
final class ArticleState {
    private static final Comparator<Mention> BY_END = Comparator.comparingInt(Mention::end).thenComparingInt(Mention::start);
    final Article article;
    final String text;
    final List<Sentence> sentences;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, Set<String>> altLabels = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    /**
     * Mentions by start offset (null where none starts), so the lookups by position the stages make stay cheap on
     * long articles: a range is a walk over a few dozen slots, where a sorted map boxed every key and searched.
     */
    private final List<Mention>[] byStart;
    /**
     * The furthest end of the mentions ever started in each block of 16 offsets (an upper bound after drops):
     * {@link #mentionsIn} looks back as far as the longest mention, and skips the blocks that end too early.
     */
    private final int[] blockEnd;
    private final Set<String> mentionIds = new HashSet<>();
    private int longestMention;
    private final Set<Fact> facts = new LinkedHashSet<>();
    private int quantityCounter;
    /** The division the article is about: the most specific one named in its title, else in its first lines. */
    String focusKey;
    /** Division keys by level for the focus chain, e.g. TOWNSHIP → place/140525113. */
    final Map<EntityKind, String> focusChain = new LinkedHashMap<>();
    /** Divisions the title names, offsets in the title; kept apart, since every other mention is in the text. */
    final List<Mention> titlePlaces = new ArrayList<>();
    /** Mentions in the title (offsets in the title), added last; no lookup by offset sees them. */
    private final List<Mention> titleMentions = new ArrayList<>();

    void titleMention(Mention m) {
        titleMentions.add(m);
    }

    /** Parent of each division key the article resolved, from the gazetteer. */
    final Map<String, String> parentOf = new LinkedHashMap<>();

    ArticleState(Article article, List<Sentence> sentences) {
        this.article = article;
        this.text = article.text();
        this.sentences = sentences;
        @SuppressWarnings("unchecked")
        List<Mention>[] lists = new List[text.length() + 1];
        this.byStart = lists;
        this.blockEnd = new int[(text.length() >> 4) + 1];
    }

    void entity(String key, EntityKind kind, String label) {
        Entity old = entities.get(key);
        if (old == null) {
            entities.put(key, new Entity(key, kind, label, List.of()));
        } else if (old.kind() != kind && isGeneric(old.kind())) {
            entities.put(key, new Entity(key, kind, old.label(), old.altLabels()));
        }
    }

    void altLabel(String key, String label) {
        Entity e = entities.get(key);
        if (e != null && !e.label().equals(label)) {
            altLabels.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(label);
        }
    }

    /** A kind that a later, more specific one replaces: an organization first seen generically, then as a company. */
    private static boolean isGeneric(EntityKind k) {
        return k == EntityKind.ORGANIZATION || k == EntityKind.PROGRAM || k == EntityKind.PLACE;
    }

    java.util.Collection<Entity> entities() {
        return entities.values();
    }

    boolean hasEntity(String key) {
        return entities.containsKey(key);
    }

    Entity entity(String key) {
        return entities.get(key);
    }

    Mention mention(int start, int end, EntityKind kind, String key, Sentence s) {
        Mention m = new Mention(start, end, text.substring(start, end), kind, key, s.index());
        if (mentionIds.add(start + ":" + end + ":" + key)) {
            mentions.add(m);
            if (byStart[start] == null) {
                byStart[start] = new ArrayList<>(2);
            }
            byStart[start].add(m);
            blockEnd[start >> 4] = Math.max(blockEnd[start >> 4], end);
            longestMention = Math.max(longestMention, end - start);
        }
        return m;
    }

    void fact(String subject, String predicate, Term object, Sentence s, int start, int end, String method) {
        if (subject.equals(object instanceof Term.Ref r ? r.key() : null)) {
            return;
        }
        facts.add(new Fact(subject, predicate, object, new Evidence(s.index(), start, end, method)));
        factKinds.add(Map.entry(subject, predicate));
    }

    /** Subject and predicate of every fact recorded, for {@link #hasFact} without a pass over all facts. */
    private final Set<Map.Entry<String, String>> factKinds = new HashSet<>(); // pairs: no string joined per fact

    /**
     * The trained tagger's names in the article by start offset (they never overlap; see {@link NameStage#tag}),
     * so that the lookups per sentence stay cheap on long articles.
     */
    private final TreeMap<Integer, org.ruralkg.nlp.ner.NerSpan> names = new TreeMap<>();

    void name(org.ruralkg.nlp.ner.NerSpan n) {
        names.put(n.start(), n);
    }

    private Set<String> taggedPeople;

    /** The names the tagger reads as people anywhere in the article: a name recurs, its cues do not. */
    Set<String> taggedPeople() {
        if (taggedPeople == null) {
            taggedPeople = names.values().stream().filter(n -> n.type() == org.ruralkg.nlp.ner.NerType.PERSON)
                    .map(n -> text.substring(n.start(), n.end())).collect(java.util.stream.Collectors.toSet());
        }
        return taggedPeople;
    }

    /** The tagger's names of one type within a sentence. */
    List<org.ruralkg.nlp.ner.NerSpan> namesIn(Sentence s, org.ruralkg.nlp.ner.NerType type) {
        List<org.ruralkg.nlp.ner.NerSpan> out = new ArrayList<>();
        for (org.ruralkg.nlp.ner.NerSpan n : names.subMap(s.start(), true, s.end(), false).values()) {
            if (n.type() == type && n.end() <= s.end()) {
                out.add(n);
            }
        }
        return out;
    }

    /** End of the wire dateline that opens the text ("新华社海口1月24日电（记者 赵叶苹）"), 0 without one. */
    int datelineEnd;

    /** Spans read already as something other than a name (a parent the article states wrongly). */
    private final List<int[]> claimed = new ArrayList<>();

    void claim(int start, int end) {
        claimed.add(new int[] {start, end});
    }

    boolean claimed(int start, int end) {
        return claimed.stream().anyMatch(c -> c[0] < end && start < c[1]);
    }

    /** Facts about a variety's crop, kept only if the article names that crop (see ConceptStage#finish). */
    final List<Fact> pendingBroader = new ArrayList<>();

    /** The mentions of one entity. */
    List<Mention> mentionsOf(String key) {
        return mentions.stream().filter(m -> m.entityKey().equals(key)).toList();
    }

    /** Person keys by name: one person per name within an article, however they were first found. */
    private final Map<String, String> people = new LinkedHashMap<>();

    /** The key of the person named {@code name} in this article, {@code proposed} when first seen. */
    String personKey(String name, String proposed) {
        return people.computeIfAbsent(name, n -> proposed);
    }

    /** The key of the person named {@code name}, scoped by the article's focus when first seen. */
    String personNamed(String name) {
        return personKey(name, EntityKey.scoped(EntityKey.PERSON, name, scope(focusKey)).toString());
    }

    /** What scopes a name unique only locally: the local part of {@code placeKey}, else the article's id. */
    String scope(String placeKey) {
        return placeKey == null ? article.id() : EntityKey.localOf(placeKey);
    }

    /** Whether a fact with this subject and predicate has been recorded. */
    boolean hasFact(String subject, String predicate) {
        return subject != null && predicate != null && factKinds.contains(Map.entry(subject, predicate));
    }

    private final Set<String> knownPrograms = new java.util.HashSet<>();

    void knownProgram(String key) {
        knownPrograms.add(key);
    }

    boolean isKnownProgram(String key) {
        return knownPrograms.contains(key);
    }

    String newQuantityKey() {
        return new EntityKey(EntityKey.QUANTITY, article.id() + "-q" + (++quantityCounter)).toString();
    }

    /** Mentions that begin at {@code pos}. */
    List<Mention> mentionsStartingAt(int pos) {
        return pos >= 0 && pos < byStart.length && byStart[pos] != null ? byStart[pos] : List.of();
    }

    /** The sentence holding offset {@code pos}, or the one before it when {@code pos} falls between two. */
    Sentence sentenceAt(int pos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (pos < s.start()) {
                hi = mid - 1;
            } else if (pos >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        // between sentences: the one before
        return sentences.isEmpty() ? null : sentences.get(Math.max(hi, 0));
    }

    /** Start offset of the paragraph holding {@code pos}. */
    int paragraphStart(int pos) {
        int nl = text.lastIndexOf('\n', Math.max(0, pos - 1));
        return nl < 0 ? 0 : nl + 1;
    }

    /** The last mention ending at or before {@code pos} and at or after {@code from} that passes {@code test}. */
    Optional<Mention> lastMentionBefore(int from, int pos, Predicate<Mention> test) {
        Mention best = null;
        for (int p = Math.min(pos, byStart.length) - 1; p >= Math.max(from, 0); p--) {
            if (byStart[p] == null) {
                continue;
            }
            if (best != null && p + longestMention < best.end()) {
                break; // nothing starting this early can end later than best
            }
            for (Mention m : byStart[p]) {
                if (m.end() <= pos && test.test(m) && (best == null || m.end() > best.end()
                        || m.end() == best.end() && m.start() > best.start())) {
                    best = m;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first mention starting at or after {@code pos} and ending by {@code to} that passes {@code test}. */
    Optional<Mention> firstMentionAfter(int pos, int to, Predicate<Mention> test) {
        for (int p = Math.max(pos, 0); p < Math.min(to, byStart.length); p++) {
            for (Mention m : startingAt(p)) {
                if (m.end() <= to && test.test(m)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    private List<Mention> startingAt(int p) {
        return byStart[p] == null ? List.of() : byStart[p];
    }

    /** Mentions overlapping {@code [start, end)}. */
    List<Mention> mentionsIn(int start, int end) {
        List<Mention> out = new ArrayList<>();
        for (int p = Math.max(start - longestMention + 1, 0); p < Math.min(end, byStart.length); p++) {
            if (blockEnd[p >> 4] <= start) {
                p |= 15; // nothing starting in this block reaches start
                continue;
            }
            List<Mention> at = byStart[p];
            for (int i = 0; at != null && i < at.size(); i++) {
                if (at.get(i).end() > start) {
                    out.add(at.get(i));
                }
            }
        }
        return out;
    }

    boolean covered(int start, int end, Predicate<Mention> test) {
        for (Mention m : mentionsIn(start, Math.max(end, start + 1))) {
            if (m.start() <= start && m.end() >= end && test.test(m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamed(Mention m) {
        EntityKind.Group g = m.kind().group();
        return g == EntityKind.Group.ORGANIZATION || g == EntityKind.Group.PROGRAM;
    }

    /**
     * Whether {@code m} lies inside the name of an organization or programme (交城县 in 交城县…有限公司). The
     * place a body belongs to (魏家峪村 in 魏家峪村党总支) is not hidden by it: the sentence is still about it.
     */
    boolean insideName(Mention m) {
        for (Mention o : mentionsIn(m.start(), m.end())) {
            if (o != m && isNamed(o) && o.start() <= m.start() && o.end() >= m.end()
                    && (o.end() - o.start()) > (m.end() - m.start())
                    && (!EntityKey.isBodyOf(o.entityKey(), m.entityKey()) || isAgent(o))) {
                return true;
            }
        }
        return false;
    }

    /** A body acting on the topic from outside: "被吕梁市委评为" is about the village, not about 吕梁市. */
    private boolean isAgent(Mention o) {
        return o.start() > 0 && "被由经受".indexOf(text.charAt(o.start() - 1)) >= 0;
    }

    /**
     * Drops mentions of one group found inside a longer mention of another (a programme word inside an
     * organization's name: 驻村帮扶 in 驻村帮扶工作队), and entities left without any mention.
     */
    void dropInside(EntityKind.Group inner, EntityKind.Group outer) {
        List<Mention> drop = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind().group() != inner) {
                continue;
            }
            for (Mention o : mentionsIn(m.start(), m.end())) {
                if (o.kind().group() == outer && o.start() <= m.start() && o.end() >= m.end()
                        && o.end() - o.start() > m.end() - m.start()) {
                    drop.add(m);
                    break;
                }
            }
        }
        drop(drop);
    }

    /** Forgets these mentions, and the entities no other mention names. */
    void drop(List<Mention> drop) {
        mentions.removeAll(drop);
        for (Mention m : drop) {
            byStart[m.start()].remove(m);
            mentionIds.remove(m.start() + ":" + m.end() + ":" + m.entityKey());
        }
        for (Mention m : drop) {
            if (mentions.stream().noneMatch(x -> x.entityKey().equals(m.entityKey()))) {
                entities.remove(m.entityKey());
                altLabels.remove(m.entityKey());
            }
        }
    }

    /**
     * The division a statement at {@code pos} is about: the last division named earlier in the same sentence
     * (outside organization and programme names), else earlier in the paragraph, else the article's focus.
     */
    String topicPlace(int pos) {
        Sentence s = sentenceAt(pos);
        int sentenceStart = s == null ? 0 : s.start();
        String t = deepestLast(sentenceStart, pos);
        int said = lastMentionBefore(sentenceStart, pos, x -> x.kind().isDivision() && !insideName(x))
                .map(Mention::end).orElse(sentenceStart);
        if (t == null) {
            t = deepestLast(paragraphStart(sentenceStart), sentenceStart);
        }
        t = t != null ? t : focusKey;
        EntityKind level = PlaceWords.levelSaid(text, said, pos);
        String at = level == null ? null : PlaceWords.atLevel(this, t, level, pos);
        return at != null ? at : t;
    }

    /**
     * The last division named in {@code [from, to)}, or a place named earlier there that lies within it: naming
     * a wider area ("湘西黄牛" after 十八洞村) does not move the topic up from the village.
     */
    private String deepestLast(int from, int to) {
        List<Mention> in = new ArrayList<>();
        for (int p = Math.max(from, 0); p < Math.min(to, byStart.length); p++) {
            for (Mention x : startingAt(p)) {
                // cheap tests first: most mentions are no division, and insideName looks up the mentions around
                if (x.end() <= to && x.kind().isDivision() && x.start() >= datelineEnd && !insideName(x)
                        && !PlaceWords.isOrigin(text, x.start())) {
                    in.add(x);
                }
            }
        }
        in.sort(BY_END);
        if (in.isEmpty()) {
            return null;
        }
        String last = in.get(in.size() - 1).entityKey();
        for (int i = in.size() - 2; i >= 0; i--) {
            String k = in.get(i).entityKey();
            if (!k.equals(last) && isWithin(k, last)) {
                return k;
            }
        }
        return last;
    }

    /**
     * The longest division named somewhere in the article that {@code name} starts with (树家村 of 树家村党支部,
     * 环县 of 环县融媒体中心), for names whose place the mentions inside them do not give; null when none.
     */
    Mention placeNamedAtStart(String name) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.kind().isDivision() && name.length() > m.text().length() && name.startsWith(m.text())
                    && (best == null || m.text().length() > best.text().length())) {
                best = m;
            }
        }
        return best;
    }

    /**
     * The places a name opens with, one after another, each named somewhere in the article (赛尔龙乡, 兰龙村 of
     * 赛尔龙乡兰龙村生态畜牧业专业合作社): the last is where the body is, though the name's own mentions stop at
     * the first.
     */
    List<Mention> placeChainAtStart(String name) {
        List<Mention> chain = new ArrayList<>();
        String rest = name;
        for (Mention p = placeNamedAtStart(rest); p != null; p = placeNamedAtStart(rest)) {
            chain.add(p);
            rest = rest.substring(p.text().length());
        }
        return chain;
    }

    /** Whether division {@code key} lies within {@code ancestor} by the gazetteer parents the article resolved. */
    boolean isWithin(String key, String ancestor) {
        for (String k = parentOf.get(key); k != null; k = parentOf.get(k)) {
            if (k.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Like {@link #topicPlace} but at a given level when the article's focus chain has one. */
    String topicPlace(int pos, EntityKind level) {
        String t = topicPlace(pos);
        if (t == null) {
            return focusChain.get(level);
        }
        Entity e = entities.get(t);
        if (e != null && e.kind() == level) {
            return t;
        }
        for (String k = t; k != null; k = parentOf.get(k)) {
            Entity ke = entities.get(k);
            if (ke != null && ke.kind() == level) {
                return k;
            }
        }
        String f = focusChain.get(level);
        return f != null ? f : t;
    }

    Extraction toExtraction() {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities.values()) {
            Set<String> alts = altLabels.getOrDefault(e.key(), Set.of());
            out.add(alts.isEmpty() ? e : new Entity(e.key(), e.kind(), e.label(), List.copyOf(alts)));
        }
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        sorted.addAll(0, titleMentions);
        return new Extraction(article, sentences, out, sorted, new ArrayList<>(facts));
    }
}
