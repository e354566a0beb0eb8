package org.ruralkg.extract;

import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.Token;
import org.ruralkg.vocab.RKG;

/**
 * Organizations: full names found by their legal or institutional suffix (…有限公司, …专业合作社, …党支部) and
 * extended leftwards over the words of the name, central bodies from the lexicon, and the bodies of places
 * ({@link PlaceBodies}); then where each is and the short names it goes by. HanLP's own organization guesses are
 * not used.
 */
final class OrganizationStage {
    /** A distinctive name, then its line of business and legal form: 山樱农林 + 科技 + 有限公司. */
    private static final Pattern SHORT_NAME = Pattern.compile("(?:中国|北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|"
            + "浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)?"
            + "([\\u4e00-\\u9fa5]{3,8}?)(?:科技|发展|生态|实业|开发|农业|"
            + "种植|养殖|专业|旅游|贸易|食品|电子商务|现代)*(?:股份有限公司|有限责任公司|有限公司|集团|专业合作社|合作社|"
            + "合作联社)");


    /** Kinds of organization that work where the article is, when their name says nothing of a place. */
    private static final Set<EntityKind> LOCAL_KINDS = Set.of(EntityKind.COMPANY, EntityKind.COOPERATIVE,
            EntityKind.SCHOOL, EntityKind.ORGANIZATION);

    /** Institutions that serve a region, not the village a sentence is about: universities, institutes, groups. */
    private static final Pattern NOT_LOCAL = Pattern.compile("(大学|学院|研究院|科学院|研究所|集团|协会|学会|联合会)$");

    private final List<Map.Entry<String, EntityKind>> suffixes;
    private final DictionaryMatcher<EntityKind> nationalBodies;
    private final Set<String> bodies;
    private final NameStarts starts;

    /**
     * Words that describe an organization without naming it: a cooperative of 柑橘 growers (柑橘专业合作社),
     * 村级供销合作社, 多家茶厂. A name needs something else before its suffix, or a place.
     */
    private static final String GENERIC_WORDS = "村级|村|乡级|乡|镇级|镇|县级|县|市级|省级|自治区级|国家级|示范|专业|农民|农业|"
            + "生态|种植|养殖|种养|发展|供销|股份|经济|农牧业|畜牧|电子商务|电商|加工|家庭|多家|一家|几家|两家|个|各|新型|"
            + "现代|特色|产业|有机|绿色|科技|文化|旅游|服务|休闲|规模|集体|联合|合作|茶业|果业|粮食|肥料|强村|村集体|"
            + "农产品|土特产|食品|蔬菜|水果|苗木|林果|中药材|农机|劳务|物流|合作社|公司|企业|[+＋（）()]";

    private final Pattern generic;
    private final Pattern genericWord;

    OrganizationStage(Lexicons lexicons, java.util.Collection<String> conceptLabels) {
        List<String> words = new ArrayList<>(conceptLabels);
        words.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder(GENERIC_WORDS);
        for (String w : words) {
            alt.append('|').append(Pattern.quote(w));
        }
        generic = Pattern.compile("(?:" + alt + ")*");
        genericWord = Pattern.compile(alt.toString());
        starts = new NameStarts(generic, DictionaryMatcher.of(lexicons.places));
        nationalBodies = DictionaryMatcher.of(lexicons.bodies);
        bodies = Set.copyOf(lexicons.bodies.keySet());
        suffixes = lexicons.orgSuffixesLongestFirst();
    }

    void run(ArticleState st, Sentence s, Supplier<List<Token>> tokens) {
        nationalBodies(st, s);
        fullNames(st, s, tokens);
        PlaceBodies.run(st, s);
    }

    /** Central bodies named without a place (国务院, 农业农村部, 新华社), from the lexicon. */
    private void nationalBodies(ArticleState st, Sentence s) {
        for (DictionaryMatcher.Hit<EntityKind> h : nationalBodies.find(s.text())) {
            int start = s.start() + h.start();
            int end = s.start() + h.end();
            if (start > s.start() && st.covered(start - 1, start, x -> x.kind().isDivision())) {
                continue; // 湖南省教育厅 is read by suffix, with its province
            }
            if (end < st.text.length() && st.text.charAt(end) == '门') {
                continue; // 农业部门, 文化部门: a kind of department, not the ministry
            }
            // a ministry's general office or an academy's institute is a body of its own: 农业农村部办公厅,
            // 中国农业科学院柑桔研究所
            Matcher office = OFFICE.matcher(st.text).region(end, s.end());
            int to = office.lookingAt() ? office.end() : end;
            String name = st.text.substring(start, to);
            String key = EntityKey.org(name).toString();
            st.entity(key, h.value(), name);
            st.mention(start, to, h.value(), key, s);
        }
    }

    private static final Pattern OFFICE = Pattern.compile("办公厅|办公室|[\\u4e00-\\u9fa5]{2,6}?(?:研究所|研究院|分院)");

    private void fullNames(ArticleState st, Sentence s, Supplier<List<Token>> lazyTokens) {
        String t = s.text();
        int searchFrom = 0;
        while (searchFrom < t.length()) {
            int bestAt = -1;
            Map.Entry<String, EntityKind> best = null;
            for (Map.Entry<String, EntityKind> e : suffixes) {
                int at = t.indexOf(e.getKey(), searchFrom);
                if (at >= 0 && (bestAt < 0 || at < bestAt || at == bestAt && e.getKey().length() > best.getKey().length())) {
                    bestAt = at;
                    best = e;
                }
            }
            if (best == null) {
                return;
            }
            int suffixStart = s.start() + bestAt;
            int end = longerEnd(t, s.start(), bestAt, suffixStart + best.getKey().length());
            // Prefer the longest suffix ending here: …专业合作社 over 合作社
            searchFrom = bestAt + best.getKey().length();
            if (st.covered(suffixStart, end, x -> x.kind().group() == EntityKind.Group.ORGANIZATION)) {
                continue; // a national body from the lexicon: 农业农村部
            }
            if (best.getValue() == EntityKind.PARTY_ORGANIZATION || best.getValue() == EntityKind.VILLAGE_COMMITTEE) {
                continue; // bodies of places are read by PlaceBodies (checked before segmenting)
            }
            List<Token> tokens = lazyTokens.get();
            int quoted = NameStarts.quotedStart(st.text, s, suffixStart, end);
            int start = quoted >= 0 ? quoted : NameStarts.withBrand(st, s,
                    NameStarts.widen(st, s, end, Names.leftBoundary(st, s, tokens, suffixStart)));
            if (end - start - best.getKey().length() < 2 || PlaceBodies.isRelative(st.text.substring(start, end))) {
                continue;
            }
            start = quoted >= 0 ? start : starts.afterAddress(st, NameStarts.afterAct(st, tokens, start, suffixStart), suffixStart,
                    best.getKey().length(), end);
            String country = null;
            DictionaryMatcher.Hit<Lexicons.PlaceEntry> abroad = starts.foreignCountryAt(st, start, suffixStart);
            if (abroad != null) {
                country = NameStage.lexiconPlace(st, s, start, start + abroad.end(), abroad.value());
                start += abroad.end();
            }
            int nameStart = overCutName(st, s, start, end, best.getKey().length());
            start = nameStart;
            String name = st.text.substring(start, end).replaceAll("[“”\"「」]", "");
            int suffixEnd = end;
            if (Names.isDescription(name)) {
                continue; // (5)个标准化初制加工厂: a count of plants, not one named
            }
            if (name.contains("+") || name.contains("＋") || quoted >= 0 && Names.hasAct(tokens.stream()
                    .filter(x -> x.start() >= nameStart && x.end() <= suffixStart).toList())) {
                continue; // a business model: (村)+合作社, “支部领办合作社”
            }
            if (isGeneric(st, start, end, best.getKey().length())) {
                continue; // 柑橘专业合作社, 村级供销合作社: a kind of organization, not one named
            }
            if (end < s.end() && "镇乡村".indexOf(st.text.charAt(end)) >= 0) {
                continue; // the suffix begins a place name: 马厂镇, 农场村
            }
            if (tokens.stream().noneMatch(x -> x.end() == suffixEnd) && end < s.end()) {
                continue; // the suffix runs on into a longer word: 大学 in 大学生
            }
            if (st.mentionsIn(start, end).stream().anyMatch(x -> x.kind() == EntityKind.TRAINING
                    && x.start() <= nameStart && x.end() >= suffixEnd)) {
                continue; // a training programme named like a school (每周夜校) is the programme, not an institution
            }
            if (best.getKey().length() == 1 && st.mentionsIn(start, start + 1).stream().noneMatch(x -> x.kind().isDivision())) {
                continue; // a one-character suffix (局, 院) only marks a body named after its division: 泽州县农业农村局
            }
            String full = shortFor(st, start, name, best.getKey());
            String key = full != null ? full : EntityKey.org(name).toString();
            EntityKind kind = full != null ? st.entity(full).kind() : best.getValue();
            if (full == null) {
                st.entity(key, kind, name);
            } else {
                st.altLabel(key, name); // 楚纯公司 after 湖南楚纯农业科技开发有限公司: the same company, by its short name
            }
            st.mention(start, end, kind, key, s);
            if (country != null) {
                st.fact(key, RKG.locatedIn.getURI(), new Term.Ref(country), s, start, end, "rule:country-before-name");
            }
        }
    }

    /**
     * The company or cooperative named in full before {@code at} whose name holds the stem of {@code name}, a
     * short name of two to four characters before a bare 公司 or 合作社 (楚纯公司); null if none or several.
     */
    private static String shortFor(ArticleState st, int at, String name, String suffix) {
        if (!suffix.equals("公司") && !suffix.equals("合作社")) {
            return null;
        }
        String stem = name.substring(0, name.length() - suffix.length());
        if (stem.length() < 2 || stem.length() > 4 || Names.isPlainWord(stem)) {
            return null;
        }
        List<String> keys = st.mentionsIn(0, at).stream()
                .filter(m -> (m.kind() == EntityKind.COMPANY || m.kind() == EntityKind.COOPERATIVE) && m.end() <= at
                        && EntityKey.isKind(m.entityKey(), EntityKey.ORG))
                .map(Mention::entityKey).distinct()
                .filter(k -> st.entity(k).label().length() > name.length() && st.entity(k).label().contains(stem))
                .toList();
        return keys.size() == 1 ? keys.get(0) : null;
    }

    /** Where a chain of suffixes starting in the first one ends: 专业合作社 + 联合社 of …专业合作社联合社. */
    private int longerEnd(String t, int base, int at, int end) {
        for (Map.Entry<String, EntityKind> e : suffixes) {
            for (int i = at + 1; i < end - base; i++) {
                if (t.startsWith(e.getKey(), i) && base + i + e.getKey().length() > end) {
                    return longerEnd(t, base, i, base + i + e.getKey().length());
                }
            }
        }
        return end;
    }

    /** Whether {@code [start, end)}, ending in a suffix of {@code suffixLength}, only names a kind of organization. */
    boolean isGeneric(ArticleState st, int start, int end, int suffixLength) {
        return generic.matcher(st.text.substring(start, end - suffixLength)).matches()
                && st.mentionsIn(start, end).stream().noneMatch(x -> x.kind().group() == EntityKind.Group.PLACE
                && x.start() >= start);
    }

    /**
     * A name whose own part is a single character after the words for its line of business was cut inside a
     * rare name the segmenter split (健来富 as 健/来/富): take up to three more characters, to a function word.
     */
    private int overCutName(ArticleState st, Sentence s, int start, int end, int suffixLength) {
        String own = genericWord.matcher(st.text.substring(start, end - suffixLength)).replaceAll("");
        if (own.length() != 1) {
            return start;
        }
        int at = start;
        while (at > s.start() && start - at < 3 && Character.UnicodeScript.of(st.text.charAt(at - 1))
                == Character.UnicodeScript.HAN && "的了在和与及由是为对把被将向从以等该这其各".indexOf(st.text.charAt(at - 1)) < 0
                && !(at - 2 >= s.start() && Names.isStopWord(st.text.substring(at - 2, at))) // 加入草产业合作社
                && st.mentionsIn(at - 1, at).isEmpty()) {
            at--;
        }
        return at;
    }


    /**
     * Every organization is located in the most specific place known for it: the place its name starts with
     * (河北省农业农村厅 in 河北省), or the place the sentence is about when that lies within it or the name has
     * none. National bodies (国务院) and bodies of a place, located when found, are left as they are.
     */
    void locate(ArticleState st, Sentence s) {
        for (Mention m : st.mentionsIn(s.start(), s.end())) {
            if (m.kind().group() != EntityKind.Group.ORGANIZATION || !EntityKey.isKind(m.entityKey(), EntityKey.ORG)
                    || bodies.contains(st.entity(m.entityKey()).label())
                    || st.hasFact(m.entityKey(), RKG.locatedIn.getURI())) {
                continue;
            }
            String topic = st.topicPlace(m.start());
            List<Mention> places = st.mentionsIn(m.start(), m.end()).stream()
                    .filter(x -> x.kind().group() == EntityKind.Group.PLACE && x != m && x.end() <= m.end())
                    .sorted(Comparator.comparingInt(Mention::end)).toList();
            // the deepest place of the name that holds the sentence's topic, else its last: 固镇 of 裕安区固镇…合作社
            // read as another prefecture's 固镇县 does not hold the story's 固镇镇, 裕安区 does
            Optional<Mention> inner = places.stream().filter(x -> topic != null && (x.entityKey().equals(topic)
                    || st.isWithin(topic, x.entityKey()))).reduce((a, b) -> b)
                    .or(() -> places.isEmpty() ? Optional.empty() : Optional.of(places.get(places.size() - 1)));
            String where;
            String name = st.entity(m.entityKey()).label();
            if (inner.isPresent()) {
                // a company of 黄山市 may sit in one of its towns; 河北省农业农村厅 is the province's, wherever named
                String in = inner.get().entityKey();
                boolean business = m.kind() == EntityKind.COMPANY || m.kind() == EntityKind.COOPERATIVE;
                where = business && topic != null && st.isWithin(topic, in) ? topic : in;
                List<Mention> chain = st.placeChainAtStart(name);
                int chained = chain.stream().mapToInt(x -> x.text().length()).sum();
                String last = chain.isEmpty() ? null : chain.get(chain.size() - 1).entityKey();
                if (chained > inner.get().end() - m.start() && st.isWithin(last, in)) {
                    where = last; // 兰龙村 of 赛尔龙乡兰龙村…合作社, not 固镇县 of another prefecture
                }
            } else if (st.placeNamedAtStart(name) != null) {
                where = st.placeNamedAtStart(name).entityKey(); // 树家村党支部, its village named elsewhere
            } else {
                where = LOCAL_KINDS.contains(m.kind()) && !NOT_LOCAL.matcher(name).find() ? topic : null;
            }
            if (where != null) {
                st.fact(m.entityKey(), RKG.locatedIn.getURI(), new Term.Ref(where), s, m.start(), m.end(),
                        inner.isPresent() || st.placeNamedAtStart(name) != null ? "rule:place-in-name" : "rule:topic-place");
            }
        }
    }

    /**
     * Short names of companies and cooperatives named in full earlier (江西山樱农林科技有限公司 … 山樱农林): the
     * name without the places it starts with, its legal suffix and its line of business, found again in the
     * article, becomes a mention of the same organization and one of its labels.
     */
    void shortNames(ArticleState st) {
        for (Mention full : List.copyOf(st.mentionsIn(0, st.text.length()))) {
            if (full.kind() != EntityKind.COMPANY && full.kind() != EntityKind.COOPERATIVE
                    || !EntityKey.isKind(full.entityKey(), EntityKey.ORG)) {
                continue;
            }
            int from = full.start();
            for (Mention p : st.mentionsIn(full.start(), full.end())) {
                if (p.kind().group() == EntityKind.Group.PLACE && p.start() <= from && p.end() < full.end()) {
                    from = Math.max(from, p.end());
                }
            }
            Matcher core = SHORT_NAME.matcher(st.text.substring(from, full.end()));
            if (!core.matches() || core.group(1).length() < 3) {
                continue;
            }
            String shortName = core.group(1);
            for (int at = st.text.indexOf(shortName); at >= 0; at = st.text.indexOf(shortName, at + 1)) {
                int end = at + shortName.length();
                if (at < full.start() || !st.mentionsIn(at, end).isEmpty()) {
                    continue;
                }
                st.mention(at, end, full.kind(), full.entityKey(), st.sentenceAt(at));
                st.altLabel(full.entityKey(), shortName);
            }
        }
    }
}
