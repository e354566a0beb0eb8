package org.ruralkg.link;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.ruralkg.EntityKind;
import org.ruralkg.link.Division.Level;

/**
 * Finds place names in an article and links them to official divisions, using the whole article as context.
 *
 * <pre>{@code
 * PlaceLinker linker = PlaceLinker.create(Gazetteer.load());   // build once, share (thread-safe)
 * for (PlaceMatch m : linker.link("山西省泽州县北义城镇鲁村小米……")) {
 *     System.out.println(m.text() + " " + (m.isLinked() ? m.division().code() : m.kind()));
 * }
 * }</pre>
 *
 * <p>How it decides, in order:
 * <ol>
 * <li>Province, prefecture, county and township names and the short forms of the first three ("山西", "晋城",
 *     "交城") are found with one Aho-Corasick automaton, built once; the longest non-overlapping spans win. A
 *     short form directly followed by a division suffix ("平定镇") is not that division. Two-character names
 *     that the HanLP core dictionary knows mainly as a common word ("郊区", "和平", "通道") count only as links
 *     of a chain.</li>
 * <li>Adjacent spans form a chain and narrow each other ("阳泉郊区" → the 郊区 of 阳泉市).</li>
 * <li>A span with one candidate of county level or above is linked; other spans pick the one candidate whose
 *     nearest ancestor among the already linked divisions is deepest, repeated until nothing changes.
 *     Townships need a linked prefecture or county (or a chain); otherwise a span stays unlinked.</li>
 * <li>Villages are only looked for under the linked counties and townships of the article ("鲁村" in an
 *     article about 泽州县北义城镇), preferring the candidate under a linked township or a chain parent.</li>
 * <li>When a chain states a township that the linked county does not have, but the village after it resolves
 *     under that county, the village is linked and a {@link Discrepancy} is reported.</li>
 * <li>Mountains ("云梦山") and residential communities ("锦绣家园小区") are recognised by suffix with a
 *     conservative left boundary and get no division.</li>
 * </ol>
 */
public final class PlaceLinker {

    /** Characters after a short form that make it part of another name ("平定" + "镇"). */
    private static final String NAME_SUFFIX_CHARS = "省市县区镇乡村旗州盟街路道山河湖庄沟";
    /** Characters after a mountain's name that show the text speaks of the mountain: 顶, 脚, 区, 腰, 麓… */
    private static final String MOUNTAIN_CONTEXT = "顶脚区腰麓脉坡巅间里上下中";
    /** Characters that end the leftward scan for a mountain or community name: function words, measure
     * words, positions and generic modifiers. */
    private static final String BOUNDARY_CHARS =
            "的了在于是和与及到从向往把被对将为上下进出登爬翻过座个条片些那这其该各每一也都又就还很最更而并或等"
            + "里内外中以由自去来有无不没荒青大小高深群名远近前后顶边旁江河水满遍整全半住入搬建老新、，。；：！？“”（）";
    /** Characters after 村 that make a word of it (村民, 村委, 村级, 村务, 村干部, 村集体 …). */
    private static final String VILLAGE_WORD_CHARS = "民委级务干集容落史里支两组庄办";
    /** Counties and townships whose village names are kept: some tens of KB each, a few MB in all. */
    private static final int VILLAGE_ROOTS = 256;
    private static final Set<String> GENERIC_COMMUNITY_STEMS = Set.of(
            "老旧", "安置", "住宅", "居民", "移民", "搬迁", "周边", "示范", "农村", "城镇", "社区", "高档", "封闭",
            "部分", "城区", "城市", "大型", "小型", "易地", "集中", "保障", "商品", "棚改", "物业");

    private final Gazetteer gazetteer;
    private final AhoCorasickDoubleArrayTrie<Key> trie;
    /** Village names by county or township index, least recently used evicted. */
    private final Map<Integer, VillageNames> villageNames = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, VillageNames> eldest) {
            return size() > VILLAGE_ROOTS;
        }
    };

    /** A trie value: candidates marked as in {@link Gazetteer#indicesByNameMarked}, and whether weak. */
    private record Key(int[] marked, boolean weak) {
    }

    private PlaceLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        TreeMap<String, Key> keys = new TreeMap<>();
        for (Map.Entry<String, List<Integer>> e : gazetteer.namesAtOrAbove(Level.TOWNSHIP).entrySet()) {
            String name = e.getKey();
            if (name.length() < 2) {
                continue;
            }
            int[] marked = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            keys.put(name, new Key(marked, name.length() == 2 && isCommonWord(name)));
        }
        trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(keys);
    }

    /** A linker over {@code gazetteer}; building takes about a second, so build once and share. */
    public static PlaceLinker create(Gazetteer gazetteer) {
        return new PlaceLinker(Objects.requireNonNull(gazetteer, "gazetteer"));
    }

    /** Whether the HanLP core dictionary knows the word mainly as something other than a place name. */
    public static boolean isCommonWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        int place = 0;
        for (int i = 0; i < attribute.nature.length; i++) {
            if (attribute.nature[i] == Nature.ns || attribute.nature[i] == Nature.nsf) {
                place += attribute.frequency[i];
            }
        }
        return place * 2 <= attribute.totalFrequency;
    }

    /** A candidate span of division names. */
    private static final class Span {
        final int start;
        final int end;
        int[] candidates;
        final boolean weak;
        boolean chained;
        /** Whether some candidate is named in full rather than by its short form. */
        boolean fullName = true;
        int resolved = -1;
        boolean village;

        Span(int start, int end, int[] candidates, boolean weak) {
            this.start = start;
            this.end = end;
            this.candidates = candidates;
            this.weak = weak;
        }

        int length() {
            return end - start;
        }

        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    /** Place mentions of {@code text}, in text order; offsets are in {@code text}. */
    public List<PlaceMatch> link(String text) {
        Objects.requireNonNull(text, "text");
        List<Span> spans = chooseSpans(findNames(text));
        narrowChains(spans);
        Set<Integer> context = new HashSet<>();
        resolve(spans, context);
        spans = addRenamedTownships(text, spans, context);
        spans = addVillages(text, spans, context);
        List<PlaceMatch> matches = new ArrayList<>();
        for (Span span : spans) {
            if (span.resolved >= 0 || (span.fullName && !span.weak)) {
                matches.add(toMatch(text, span, spans));
            }
        }
        matches.addAll(findNonDivisions(text, spans));
        matches.sort(Comparator.comparingInt(PlaceMatch::start));
        return matches;
    }

    private List<Span> findNames(String text) {
        List<Span> found = new ArrayList<>();
        trie.parseText(text, (begin, end, key) -> {
            boolean suffixFollows = end < text.length() && NAME_SUFFIX_CHARS.indexOf(text.charAt(end)) >= 0;
            if (suffixFollows) {
                int[] autonomous = autonomousBySuffix(key.marked(), text.charAt(end));
                if (autonomous.length > 0) {
                    Span span = new Span(begin, end + 1, autonomous, false);
                    span.fullName = true;
                    found.add(span);
                    return;
                }
                int[] former = formerCounty(key.marked(), text.charAt(end));
                // a name that is some division's own (栖霞市 beside 南京's 栖霞区) is not a former one
                if (former.length > 0 && gazetteer.byName(text.substring(begin, end + 1)).isEmpty()) {
                    found.add(new Span(begin, end + 1, former, key.weak()));
                    return;
                }
            }
            int[] candidates = candidates(key.marked(), suffixFollows);
            if (candidates.length > 0 && !splitsAWord(text, begin, end)) {
                Span span = new Span(begin, end, candidates, key.weak());
                span.fullName = false;
                for (int m : key.marked()) {
                    span.fullName |= m >= 0;
                }
                found.add(span);
            }
        });
        return found;
    }

    /**
     * The divisions a trie hit names, each once, in the order marked: full names ({@code m >= 0}), and short forms
     * ({@code -m - 1}) unless a level character follows. A loop, not a stream: this runs for every hit in every
     * article, and the stream's distinct() boxed each candidate into a set (most names mark one to three places).
     */
    private static int[] candidates(int[] marked, boolean suffixFollows) {
        if (marked.length > 16) { // a common name of many places: hashing beats the pairwise test below
            return Arrays.stream(marked).filter(m -> m >= 0 || !suffixFollows).map(m -> m >= 0 ? m : -m - 1)
                    .distinct().toArray();
        }
        int[] out = new int[marked.length];
        int n = 0;
        for (int m : marked) {
            if (m >= 0 || !suffixFollows) {
                int c = m >= 0 ? m : -m - 1;
                boolean seen = false;
                for (int i = 0; i < n && !seen; i++) {
                    seen = out[i] == c;
                }
                if (!seen) {
                    out[n++] = c;
                }
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * Autonomous divisions among the short-form candidates that the level character after the short form names:
     * news writes 河南县 for 河南蒙古族自治县, 恩施州 for 恩施土家族苗族自治州, 循化县 for 循化撒拉族自治县.
     */
    private int[] autonomousBySuffix(int[] marked, char next) {
        String suffix = switch (next) {
            case '县' -> "自治县";
            case '州' -> "自治州";
            case '旗' -> "自治旗";
            default -> null;
        };
        if (suffix == null) {
            return new int[0];
        }
        return Arrays.stream(marked).filter(m -> m < 0).map(m -> -m - 1)
                .filter(i -> gazetteer.officialName(i).endsWith(suffix)).distinct().toArray();
    }

    /**
     * Counties written with the level they had before 撤县设区 or 撤县设市 (宁河县 for today's 宁河区, 萧山市 for
     * 萧山区): the short form of a county whose official suffix is another county-level one.
     */
    private int[] formerCounty(int[] marked, char next) {
        // not 区 after the short form: news is older than the gazetteer, and 雄安新区 holds 安新 of 安新县
        if (next != '县' && next != '市') {
            return new int[0];
        }
        return Arrays.stream(marked).filter(m -> m < 0).map(m -> -m - 1)
                .filter(i -> gazetteer.level(i) == Level.COUNTY)
                .filter(i -> {
                    String official = gazetteer.officialName(i);
                    return !official.contains("自治") && official.charAt(official.length() - 1) != next
                            && "县市区".indexOf(official.charAt(official.length() - 1)) >= 0;
                }).distinct().toArray();
    }

    /**
     * Whether a township-like name is really a common word followed by a word that starts with its suffix
     * character: "振兴乡" in "振兴乡村", "发展乡" in "发展乡村".
     */
    private static boolean splitsAWord(String text, int begin, int end) {
        if (end >= text.length() || end - begin < 3) {
            return false;
        }
        String suffixWord = text.substring(end - 1, end + 1);
        return CoreDictionary.contains(suffixWord) && isCommonWord(text.substring(begin, end - 1));
    }

    /** Longest spans first, then leftmost; no overlaps. */
    private static List<Span> chooseSpans(List<Span> found) {
        found.sort(Comparator.comparingInt(Span::length).reversed().thenComparingInt(s -> s.start));
        List<Span> chosen = new ArrayList<>();
        for (Span span : found) {
            if (chosen.stream().noneMatch(c -> c.overlaps(span.start, span.end))) {
                chosen.add(span);
            }
        }
        chosen.sort(Comparator.comparingInt(s -> s.start));
        return chosen;
    }

    /** Adjacent spans keep only candidates that fit each other as ancestor and descendant. */
    private void narrowChains(List<Span> spans) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i + 1 < spans.size(); i++) {
                Span upper = spans.get(i);
                Span lower = spans.get(i + 1);
                if (upper.end != lower.start) {
                    continue;
                }
                int[] uppers = Arrays.stream(upper.candidates)
                        .filter(u -> Arrays.stream(lower.candidates).anyMatch(l -> l != u && gazetteer.isWithin(l, u)))
                        .toArray();
                int[] lowers = Arrays.stream(lower.candidates)
                        .filter(l -> Arrays.stream(upper.candidates).anyMatch(u -> l != u && gazetteer.isWithin(l, u)))
                        .toArray();
                if (uppers.length > 0 && lowers.length > 0) {
                    upper.chained = true;
                    lower.chained = true;
                    if (uppers.length < upper.candidates.length || lowers.length < lower.candidates.length) {
                        upper.candidates = uppers;
                        lower.candidates = lowers;
                        changed = true;
                    }
                }
            }
        }
    }

    private void resolve(List<Span> spans, Set<Integer> context) {
        for (Span span : spans) {
            if (span.candidates.length == 1 && (span.chained || (!span.weak && standsAlone(span)))) {
                setResolved(span, span.candidates[0], context);
            }
        }
        resolveByContext(spans, context);
        // a short-form county ("交城") with no province in the article to contradict it
        boolean anyProvince = context.stream().anyMatch(i -> gazetteer.level(i) == Level.PROVINCE);
        if (!anyProvince) {
            for (Span span : spans) {
                if (span.resolved < 0 && span.candidates.length == 1 && !span.weak
                        && gazetteer.level(span.candidates[0]) == Level.COUNTY) {
                    setResolved(span, span.candidates[0], context);
                }
            }
            resolveByContext(spans, context);
        }
    }

    /** Unique names of county level or above, except two-character short forms of counties ("城西"). */
    private boolean standsAlone(Span span) {
        Level level = gazetteer.level(span.candidates[0]);
        return level.compareTo(Level.PREFECTURE) <= 0 || (level == Level.COUNTY && (span.fullName || span.length() > 2));
    }

    private void resolveByContext(List<Span> spans, Set<Integer> context) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Span span : spans) {
                if (span.resolved >= 0 || (span.weak && !span.chained)) {
                    continue;
                }
                int best = pickByContext(span.candidates, context, -1);
                if (best >= 0) {
                    setResolved(span, best, context);
                    changed = true;
                }
            }
        }
    }

    /**
     * The one candidate whose deepest ancestor-or-self in {@code context} is deepest, or -1 if there is none
     * or a tie. Townships and villages need context at prefecture level or deeper; {@code chainParent}, if not
     * -1, is preferred as context.
     */
    private int pickByContext(int[] candidates, Set<Integer> context, int chainParent) {
        int best = -1;
        int bestDepth = -1;
        boolean tie = false;
        for (int candidate : candidates) {
            int depth = -1;
            for (int a = candidate; a >= 0; a = gazetteer.parent(a)) {
                if (a == chainParent) {
                    depth = 10;
                    break;
                }
                if (context.contains(a)) {
                    depth = gazetteer.level(a).ordinal();
                    break;
                }
            }
            if (depth > bestDepth) {
                best = candidate;
                bestDepth = depth;
                tie = false;
            } else if (depth == bestDepth) {
                tie = true;
            }
        }
        if (best < 0 || tie || bestDepth < 0) {
            return -1;
        }
        boolean local = gazetteer.level(best).compareTo(Level.TOWNSHIP) >= 0;
        return local && bestDepth < Level.PREFECTURE.ordinal() ? -1 : best;
    }

    private void setResolved(Span span, int index, Set<Integer> context) {
        span.resolved = index;
        span.candidates = new int[] {index};
        for (int a = index; a >= 0; a = gazetteer.parent(a)) {
            context.add(a);
        }
    }

    /** Township suffixes a township may have changed between since a report was written (撤乡设镇, 撤镇设街道). */
    private static final List<String> TOWNSHIP_SUFFIXES = List.of("街道", "乡", "镇");

    /**
     * Townships named right after their linked county under a suffix the gazetteer no longer has: 谢庄乡 in
     * "赵县谢庄乡" is today's 谢庄镇, so it links there when the county has exactly one township of that stem.
     */
    private List<Span> addRenamedTownships(String text, List<Span> spans, Set<Integer> context) {
        List<Span> added = new ArrayList<>();
        for (Span county : spans) {
            if (county.resolved < 0 || gazetteer.level(county.resolved) != Level.COUNTY) {
                continue;
            }
            int end = -1;
            String suffix = null;
            for (int i = county.end + 2; i < text.length() && i <= county.end + 6 && end < 0; i++) {
                if (!isHan(text.charAt(i))) {
                    break;
                }
                for (String x : TOWNSHIP_SUFFIXES) {
                    if (text.startsWith(x, i) && i - county.end >= 2) {
                        end = i + x.length();
                        suffix = x;
                        break;
                    }
                }
            }
            int start = county.end;
            int stop = end;
            // an unresolved span of exactly this name (西留村乡 of another province) gives way
            if (end < 0 || spans.stream().anyMatch(s -> s.overlaps(start, stop)
                    && (s.resolved >= 0 || s.start != start || s.end != stop))) {
                continue;
            }
            String stem = text.substring(start, end - suffix.length());
            int found = -1;
            int count = 0;
            for (int t = county.resolved + 1, last = gazetteer.subtreeEnd(county.resolved); t < last; t++) {
                if (gazetteer.parent(t) == county.resolved && gazetteer.level(t) == Level.TOWNSHIP) {
                    String name = gazetteer.name(t);
                    if (name.startsWith(stem) && TOWNSHIP_SUFFIXES.contains(name.substring(stem.length()))) {
                        found = t;
                        count++;
                    }
                }
            }
            if (count == 1) {
                Span township = new Span(start, end, new int[] {found}, false);
                setResolved(township, found, context);
                added.add(township);
            }
        }
        if (added.isEmpty()) {
            return spans;
        }
        List<Span> result = new ArrayList<>(spans);
        result.removeIf(s -> s.resolved < 0 && added.stream().anyMatch(a -> a.overlaps(s.start, s.end)));
        result.addAll(added);
        result.sort(Comparator.comparingInt(s -> s.start));
        return result;
    }

    /** Looks for the villages of the linked counties and townships. */
    private List<Span> addVillages(String text, List<Span> spans, Set<Integer> context) {
        Set<Integer> resolved = new HashSet<>();
        for (Span span : spans) {
            if (span.resolved >= 0 && gazetteer.level(span.resolved).compareTo(Level.COUNTY) >= 0) {
                resolved.add(span.resolved);
            }
        }
        // A root below another root adds no village the outer one does not have.
        List<Integer> roots = new ArrayList<>();
        for (int root : resolved) {
            boolean inner = false;
            for (int a = gazetteer.parent(root); a >= 0 && !inner; a = gazetteer.parent(a)) {
                inner = resolved.contains(a);
            }
            if (!inner) {
                roots.add(root);
            }
        }
        // Hits of all roots by (begin, end): every occurrence of every village name, as an automaton would report.
        Map<Long, int[]> hits = new LinkedHashMap<>();
        for (int root : roots) {
            VillageNames villages = villageNames(root);
            for (int begin = 0; begin < text.length(); begin++) {
                if (!villages.mayStartAt(text, begin)) {
                    continue;
                }
                for (int len = villages.shortest; len <= villages.longest && begin + len <= text.length(); len++) {
                    int[] value = villages.byName.get(text.substring(begin, begin + len));
                    if (value != null) {
                        hits.merge(((long) begin << 32) | (begin + len), value, (x, y) ->
                                IntStream.concat(Arrays.stream(x), Arrays.stream(y)).distinct().toArray());
                    }
                }
            }
        }
        if (hits.isEmpty()) {
            return spans;
        }
        List<Span> found = new ArrayList<>();
        hits.forEach((at, value) -> {
            int begin = (int) (at >>> 32);
            int end = (int) (long) at;
            boolean wordGoesOn = end - begin == 2 && end < text.length() && text.charAt(end - 1) == '村'
                    && VILLAGE_WORD_CHARS.indexOf(text.charAt(end)) >= 0;
            if (wordGoesOn) {
                return; // "和村民", "X村委": the 村 starts another word
            }
            char before = begin > 0 ? text.charAt(begin - 1) : ' ';
            if (end - begin == 2 && isHan(before) && NAME_SUFFIX_CHARS.indexOf(before) < 0
                    && BOUNDARY_CHARS.indexOf(before) < 0
                    && (begin < 2 || !CoreDictionary.contains(text.substring(begin - 2, begin)))) {
                return; // 中村 inside 坂中村 (but not 鲁村 after 包括): the tail of a longer unknown name
            }
            for (long other : hits.keySet()) {
                int ob = (int) (other >>> 32);
                if (ob < begin && begin < (int) other && (int) other < end && text.charAt((int) other - 1) == '村') {
                    return; // 中村村委会 inside 坂中村村委会: starts within another village's name
                }
            }
            Span s = new Span(begin, end, value, false);
            s.village = true;
            found.add(s);
        });
        List<Span> villageSpans = chooseSpans(found);
        List<Span> result = new ArrayList<>();
        for (Span span : spans) {
            boolean displaced = span.resolved < 0 && villageSpans.stream().anyMatch(v -> v.overlaps(span.start, span.end));
            if (!displaced) {
                result.add(span);
            }
        }
        for (Span village : villageSpans) {
            if (result.stream().anyMatch(s -> s.resolved >= 0 && s.overlaps(village.start, village.end))) {
                continue;
            }
            Span parent = statedParent(text, result, village);
            int chainParent = parent == null ? -1 : parent.resolved;
            int pick = village.candidates.length == 1 ? village.candidates[0]
                    : pickByContext(village.candidates, context, chainParent);
            if (pick >= 0) {
                village.resolved = pick;
                village.candidates = new int[] {pick};
            }
            result.add(village);
        }
        result.sort(Comparator.comparingInt(s -> s.start));
        return result;
    }

    /**
     * The village names below one county or township, each to its distinct villages; lengths bound the scan, and
     * {@code starts} (the names' first two characters, sorted) lets it skip the positions where no name begins
     * without cutting a substring for every length there.
     */
    private record VillageNames(Map<String, int[]> byName, int shortest, int longest, int[] starts) {
        boolean mayStartAt(String text, int begin) {
            return shortest < 2 || begin + 2 > text.length()
                    || Arrays.binarySearch(starts, firstTwo(text, begin)) >= 0;
        }

        static int firstTwo(String s, int at) {
            return s.charAt(at) << 16 | s.charAt(at + 1);
        }
    }

    /**
     * The village names below {@code root}. Made on first use and kept in a bounded cache: articles about the same
     * county share them. A hash map, not an automaton: HanLP's double-array automaton takes some 2 MB per county
     * (its arrays span the CJK code range), the map some tens of KB, and an article is short enough to look up
     * every substring of village-name length.
     */
    private VillageNames villageNames(int root) {
        synchronized (villageNames) {
            VillageNames cached = villageNames.get(root);
            if (cached != null) {
                return cached;
            }
        }
        Map<String, List<Integer>> names = new HashMap<>();
        for (int v = root + 1, end = gazetteer.subtreeEnd(root); v < end; v++) {
            if (gazetteer.level(v) != Level.VILLAGE) {
                continue;
            }
            String name = gazetteer.name(v);
            boolean shortName = name.length() == 2
                    && (isCommonWord(name) || BOUNDARY_CHARS.indexOf(name.charAt(0)) >= 0);
            if (name.length() >= 2 && !shortName) {
                addName(names, name, v);
            }
            String official = gazetteer.officialName(v);
            if (!official.equals(name)) {
                addName(names, official, v);
            }
        }
        Map<String, int[]> byName = new HashMap<>(names.size() * 2);
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (Map.Entry<String, List<Integer>> e : names.entrySet()) {
            byName.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).distinct().toArray());
            shortest = Math.min(shortest, e.getKey().length());
            longest = Math.max(longest, e.getKey().length());
        }
        int[] starts = byName.keySet().stream().filter(n -> n.length() >= 2)
                .mapToInt(n -> VillageNames.firstTwo(n, 0)).distinct().sorted().toArray();
        VillageNames made = new VillageNames(byName, shortest, longest, starts);
        synchronized (villageNames) {
            villageNames.put(root, made);
        }
        return made;
    }

    private static void addName(Map<String, List<Integer>> names, String name, int index) {
        names.computeIfAbsent(name, k -> new ArrayList<>(1)).add(index);
    }

    /**
     * The linked span a village hangs below in the text: directly before it, or before a stated township
     * name ("郊区" in "郊区平定镇魏家峪村"); null if none.
     */
    private Span statedParent(String text, List<Span> spans, Span village) {
        Span parent = null;
        for (Span s : spans) {
            if (s.resolved >= 0 && s.end <= village.start && village.start - s.end <= 6) {
                parent = s;
            }
        }
        if (parent == null) {
            return null;
        }
        String gap = text.substring(parent.end, village.start);
        return gap.isEmpty() || isTownshipShaped(gap) ? parent : null;
    }

    private static boolean isTownshipShaped(String s) {
        return s.length() >= 2 && s.length() <= 6 && s.chars().allMatch(PlaceLinker::isHan)
                && TOWNSHIP_SUFFIXES.stream().anyMatch(s::endsWith);
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private PlaceMatch toMatch(String text, Span span, List<Span> spans) {
        String spanText = text.substring(span.start, span.end);
        if (span.resolved < 0) {
            Level level = gazetteer.level(span.candidates[0]);
            boolean same = Arrays.stream(span.candidates).allMatch(c -> gazetteer.level(c) == level);
            return new PlaceMatch(span.start, span.end, spanText, null, same ? level.kind() : EntityKind.PLACE,
                    List.of(), Optional.empty());
        }
        Division division = gazetteer.division(span.resolved);
        return new PlaceMatch(span.start, span.end, spanText, division, division.kind(),
                gazetteer.chain(division.code()), discrepancy(text, span, spans));
    }

    /** A stated township between a linked ancestor and this village that is not the village's official one. */
    private Optional<Discrepancy> discrepancy(String text, Span span, List<Span> spans) {
        if (!span.village) {
            return Optional.empty();
        }
        Span parent = statedParent(text, spans, span);
        if (parent == null) {
            return Optional.empty();
        }
        int official = gazetteer.parent(span.resolved);
        String note;
        int start;
        int end;
        String statedParentName;
        if (parent.end < span.start) {
            start = parent.end;
            end = span.start;
            String stated = text.substring(start, end);
            if (!gazetteer.isWithin(span.resolved, parent.resolved) || stated.equals(gazetteer.name(official))) {
                return Optional.empty();
            }
            statedParentName = gazetteer.name(parent.resolved);
            note = statedParentName + " has no " + stated + "; " + gazetteer.name(span.resolved) + " ("
                    + gazetteer.code(span.resolved) + ") lies in " + gazetteer.name(official) + " ("
                    + gazetteer.code(official) + ")";
        } else {
            if (parent.resolved == official || gazetteer.level(parent.resolved) != Level.TOWNSHIP) {
                return Optional.empty();
            }
            start = parent.start;
            end = parent.end;
            int above = gazetteer.parent(parent.resolved);
            statedParentName = above < 0 ? null : gazetteer.name(above);
            note = gazetteer.name(span.resolved) + " (" + gazetteer.code(span.resolved) + ") lies in "
                    + gazetteer.name(official) + " (" + gazetteer.code(official) + "), not in "
                    + gazetteer.name(parent.resolved) + " (" + gazetteer.code(parent.resolved) + ")";
        }
        return Optional.of(new Discrepancy(text.substring(start, end), start, end, statedParentName,
                gazetteer.division(official), note));
    }

    // ---- places that are not divisions ----

    private static List<PlaceMatch> findNonDivisions(String text, List<Span> spans) {
        List<PlaceMatch> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (text.startsWith("小区", i)) {
                addNamed(found, text, spans, i, i + 2, 6, EntityKind.RESIDENTIAL_COMMUNITY);
            } else if (c == '山' || c == '岭' || c == '峪') {
                boolean partOfName = i + 1 < text.length() && NAME_SUFFIX_CHARS.indexOf(text.charAt(i + 1)) >= 0;
                // "X山" alone is too often a verb and a word (围绕山, 隔壁山, 发展山地): only where the text goes on
                // to speak of the mountain itself (云梦山顶, 太行山区, 大别山脚下)
                boolean mountainTalk = i + 1 < text.length() && MOUNTAIN_CONTEXT.indexOf(text.charAt(i + 1)) >= 0;
                if (!partOfName && mountainTalk) {
                    addNamed(found, text, spans, i, i + 1, 2, EntityKind.MOUNTAIN);
                }
            }
        }
        return found;
    }

    /** Adds the name ending in the suffix {@code [suffixStart, suffixEnd)} if its stem is plausible. */
    private static void addNamed(List<PlaceMatch> found, String text, List<Span> spans, int suffixStart,
            int suffixEnd, int maxStem, EntityKind kind) {
        int start = suffixStart;
        while (start > 0 && suffixStart - start < maxStem) {
            char c = text.charAt(start - 1);
            int at = start - 1;
            if (!isHan(c) || BOUNDARY_CHARS.indexOf(c) >= 0 || spans.stream().anyMatch(s -> s.overlaps(at, at + 1))) {
                break;
            }
            start--;
        }
        int stem = suffixStart - start;
        int from = start;
        if (stem < 2 || spans.stream().anyMatch(s -> s.overlaps(from, suffixEnd))
                || found.stream().anyMatch(m -> m.start() < suffixEnd && from < m.end())) {
            return;
        }
        String stemText = text.substring(start, suffixStart);
        if (kind == EntityKind.RESIDENTIAL_COMMUNITY
                && GENERIC_COMMUNITY_STEMS.stream().anyMatch(stemText::endsWith)) {
            return;
        }
        found.add(new PlaceMatch(start, suffixEnd, text.substring(start, suffixEnd), null, kind, List.of(),
                Optional.empty()));
    }
}
