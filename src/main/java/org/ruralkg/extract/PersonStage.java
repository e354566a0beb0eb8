package org.ruralkg.extract;

import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.Token;

/**
 * People and their posts: "魏家峪村党总支书记、村委会主任梁俊旭说", "稼裕农业有限公司负责人王宪璋说". A chain of post
 * titles directly before a personal name, attached to the organization or place named just before the chain.
 * Posts follow W3C ORG (see {@link Posts}); also posts taken by appointment ("当选…书记") and the people named without one.
 */
final class PersonStage {
    private static final Pattern SPEECH = Pattern.compile("^(说|表示|介绍|告诉|指出|认为|坦言|笑着说|同志|一边)");
    private static final Pattern AFTER_NAME = Pattern.compile("^(说|表示|介绍|告诉|指出|称|认为|坦言|笑着说|同志|一边|一面|[：:，,、“\"（(]|$)");
    /** Words of speech after a name, in quotes from villagers and cadres. */
    private static final Pattern SPEECH_AFTER = Pattern.compile("^(?:说|表示|介绍|告诉|指出|认为|坦言|笑着说|感慨|回忆|说道|"
            + "介绍道|笑道|透露|算起|谈起|补充|高兴地|自豪地|激动地|兴奋地|笑着|乐呵呵|一边|向记者|对记者|告诉记者|"
            + "总书记|书记|主任|同志|院士|教授|先生|女士|老人|夫妇|一家|[，,、：:（(）)”]|$)");
    /** What may stand right before a name: a role noun (村民, 果农, 技术员) or nothing Chinese at all. */
    private static final Pattern CUE_BEFORE = Pattern.compile("(民|农|户|员|工|师|长|记|人|任|者|姐|哥|叔|婶|爷|奶|娘|嫂|妹|弟|"
            + "生|家|主|书记|经理|理事长|董事长|老板)$");
    private static final Pattern DOTTED_NAME = Pattern.compile("[\\u4e00-\\u9fa5]{2,7}(·)[\\u4e00-\\u9fa5&&[^说讲表介]]{2,6}");
    /** Last characters of place and organization names and of counted things, never of a given name. */
    private static final String NOT_NAME_END = "村镇乡县市区庄屯组山河湖湾园场厂社户只人元亩斤家里路街";
    /** Two-character words that begin with a surname character but are not names: 王国, 高兴, 何时… */
    private static final java.util.Set<String> COMMON_AFTER_SURNAME = java.util.Set.of("高兴", "常常", "向记", "于是",
            "安全", "和记", "和大", "全面", "全村", "全镇", "全县", "明年", "时候", "方面", "成为", "石头", "江边", "黄色",
            "金色", "白色", "司机", "周边", "周围", "万元", "关于", "文化", "华丽", "游客", "曾经", "宁可", "连续");

    /** Adverbs that open the clause after a name: 方琳正和…, 李明也在… */
    private static final String ADVERBS = "正还也都就又已曾便才仍再";
    private static final String NAME_FOLLOWERS = "还常也都就又正在带领把将和与跟对向给为被从已曾便才仍再亲多一";
    private static final Pattern ANAPHOR_BEFORE = Pattern.compile("(公司|企业|合作社)$");

    private static final Pattern APPOINTED = Pattern.compile("(?:同时|还|也|曾|现在是|现为)?(?:当选为?|担任|出任|兼任|现任|现在是|现为|当时是|那时是|曾经?是|原是|原为)");
    private static final PatternStarts APPOINTED_STARTS = PatternStarts.of(APPOINTED);

    private final Lexicons lexicons;
    private final List<Map.Entry<String, EntityKind>> titles;
    private final Pattern chain;
    private final DictionaryMatcher<EntityKind> titleWords;
    private final Posts posts;

    PersonStage(Lexicons lexicons) {
        this.lexicons = lexicons;
        titles = new ArrayList<>(lexicons.posts.entrySet());
        titles.sort(Comparator.comparingInt((Map.Entry<String, EntityKind> e) -> e.getKey().length()).reversed());
        StringBuilder alt = new StringBuilder();
        for (Map.Entry<String, EntityKind> e : titles) {
            if (!alt.isEmpty()) {
                alt.append('|');
            }
            alt.append(Pattern.quote(e.getKey()));
        }
        titleWords = DictionaryMatcher.of(lexicons.posts);
        posts = new Posts(lexicons, titles);
        chain = Pattern.compile("((?:" + alt + ")(?:[、和兼及](?:" + alt + "))*)([\\u4e00-\\u9fa5]{2,3})");
    }

    void run(ArticleState st, Sentence s, Supplier<List<Token>> tokens) {
        Matcher m = chain.matcher(s.text()).useTransparentBounds(true).useAnchoringBounds(false);
        int[] titleStarts = titleWords.starts(s.text()); // the chain opens with a title: tried only there
        int from = 0;
        while (from < s.text().length() && DictionaryMatcher.find(m, titleStarts, from, s.text().length())) {
            from = m.end();
            int chainStart = s.start() + m.start(1);
            Optional<Mention> straddled = st.mentionsIn(chainStart, chainStart + 1).stream()
                    .filter(x -> x.kind().isDivision() && x.start() < chainStart).findFirst();
            if (straddled.isPresent()) {
                // "魏家峪村党总支书记": the title 村党总支书记 would eat the end of the village's name.
                from = straddled.get().end() - s.start();
                continue;
            }
            // "树家村党支部书记": the village's body is named, so the title 村党支部书记 is that village's post
            String namedBody = null;
            String bodyPlace = null;
            for (Mention x : st.mentionsIn(chainStart, chainStart + 1)) {
                if (x.kind().group() == EntityKind.Group.ORGANIZATION && x.start() < chainStart && x.end() > chainStart) {
                    Mention p = st.placeNamedAtStart(st.text.substring(x.start(), x.end()));
                    bodyPlace = p != null && p.text().length() == chainStart + 1 - x.start() ? p.entityKey() : null;
                    namedBody = bodyPlace == null ? null : x.entityKey();
                }
            }
            int nameStart = s.start() + m.start(2);
            String name = personName(st, tokens, nameStart);
            if (name == null) {
                from = m.start(2);
                continue;
            }
            from = nameStart - s.start() + name.length();
            int nameEnd = nameStart + name.length();
            Optional<Mention> org = st.lastMentionBefore(s.start(), chainStart,
                    x -> x.end() == chainStart && x.kind().group() == EntityKind.Group.ORGANIZATION);
            Optional<Mention> place = st.lastMentionBefore(s.start(), chainStart,
                    x -> x.end() == chainStart && x.kind().isDivision());
            if (org.isEmpty() && place.isEmpty() && ANAPHOR_BEFORE.matcher(st.text.substring(s.start(), chainStart)).find()) {
                // "公司负责人王海涛": the company is the one named last
                org = Names.antecedent(st, s, chainStart);
            } else if (org.isEmpty() && place.isEmpty()) {
                // "庄园负责人蔡明月", "牧场场长冯欢": the head noun of a body named in full earlier
                org = Names.byHead(st, chainStart);
            }
            org = ofAnaphorKind(st, s, chainStart, org);
            String placeKey = place.map(Mention::entityKey).orElse(bodyPlace);
            String affiliation = org.map(Mention::entityKey).orElse(placeKey);
            if (affiliation == null) {
                placeKey = placeOfTitle(st, m.group(1), chainStart);
                affiliation = placeKey;
            }
            if (affiliation == null) {
                continue;
            }
            String personKey = st.personKey(name, EntityKey.scoped(EntityKey.PERSON, name, EntityKey.localOf(affiliation)).toString());
            st.entity(personKey, EntityKind.PERSON, name);
            st.mention(nameStart, nameEnd, EntityKind.PERSON, personKey, s);
            int titleAt = chainStart;
            for (String written : m.group(1).split("[、和兼及]")) {
                int tStart = st.text.indexOf(written, titleAt);
                titleAt = tStart + written.length();
                posts.hold(st, s, personKey, written, tStart, org, namedBody, placeKey, chainStart, nameEnd);
            }
            int earlierEnd = org.map(Mention::start).orElse(place.map(Mention::start).orElse(-1));
            posts.earlier(st, s, personKey, earlierEnd, nameEnd);
        }
    }

    /**
     * Posts a named person is said to take or hold: "黄永华当选广育村党支部书记", "王伟杰同时担任…研究基地常务副主任",
     * "担任村党支部书记的盛阿林". The body or place is named before the title; a bare title is a post of the place
     * the sentence is about only when it is a party, village or government post.
     */
    void appointed(ArticleState st, Sentence s, Supplier<List<Token>> tokens) {
        Matcher v = APPOINTED.matcher(s.text());
        for (int from = 0; APPOINTED_STARTS.find(v, s.text(), from); from = PatternStarts.after(v)) {
            int at = s.start() + v.end();
            Optional<Mention> body = st.firstMentionAfter(at, s.end(), x -> x.start() == at
                    && (x.kind().group() == EntityKind.Group.ORGANIZATION || x.kind().isDivision()));
            int tStart = body.map(Mention::end).orElse(at);
            String title = titles.stream().map(Map.Entry::getKey).filter(t -> st.text.startsWith(t, tStart)).findFirst().orElse(null);
            if (title == null || body.isEmpty() && !Posts.PLACE_POSTS.contains(lexicons.posts.get(title))) {
                continue;
            }
            int tEnd = tStart + title.length();
            int vStart = s.start() + v.start();
            Optional<Mention> person = st.lastMentionBefore(s.start(), vStart, x -> x.end() == vStart && x.kind() == EntityKind.PERSON);
            for (int len = 3; person.isEmpty() && len >= 2; len--) {
                int at0 = vStart - len; // "创办人何明当时是…": a name after a role noun, right before the verb
                if (at0 > s.start() && isName(st.text, at0, len) && Names.isSurname(st.text.charAt(at0))
                        && leftOk(s.text(), at0 - s.start()) && st.mentionsIn(at0, vStart).isEmpty()) {
                    addName(st, s, at0, vStart);
                    person = st.lastMentionBefore(s.start(), vStart, x -> x.end() == vStart && x.kind() == EntityKind.PERSON);
                }
            }
            if (person.isEmpty() && st.text.startsWith("的", tEnd) && tEnd + 1 < s.end()) {
                String name = personName(st, tokens, tEnd + 1); // "担任村委会主任的何春来说": the title is the cue
                if (name != null) {
                    addName(st, s, tEnd + 1, tEnd + 1 + name.length());
                }
                person = st.firstMentionAfter(tEnd + 1, s.end(), x -> x.start() == tEnd + 1 && x.kind() == EntityKind.PERSON);
            }
            Optional<Mention> org = body.filter(x -> x.kind().group() == EntityKind.Group.ORGANIZATION);
            String placeKey = body.filter(x -> x.kind().isDivision()).map(Mention::entityKey)
                    .orElseGet(() -> body.isEmpty() ? st.topicPlace(tStart) : null);
            if (person.isEmpty() || org.isEmpty() && placeKey == null) {
                continue;
            }
            Mention who = person.get();
            posts.hold(st, s, who.entityKey(), title, tStart, org, null, placeKey, Math.min(who.start(), at), Math.max(who.end(), tEnd));
        }
    }

    /** "合作社法人代表罗潇": the anaphor names the kind of body meant, so a company named since is not it. */
    private static Optional<Mention> ofAnaphorKind(ArticleState st, Sentence s, int chainStart, Optional<Mention> org) {
        Matcher a = ANAPHOR_BEFORE.matcher(st.text.substring(s.start(), chainStart));
        if (org.isEmpty() || !a.find() || org.get().end() == chainStart) {
            return org;
        }
        EntityKind kind = a.group(1).equals("合作社") ? EntityKind.COOPERATIVE : EntityKind.COMPANY;
        return org.get().kind() == kind ? org : st.lastMentionBefore(0, chainStart, x -> x.kind() == kind).or(() -> org);
    }

    /**
     * People named without a post title: a name HanLP recognises, a common surname with a given name before
     * words of speech ("村民李文均说", "曾宪忠介绍道"), or a transcribed name with a middle dot (阿依加玛力·达吾提).
     * Not inside a place, organization or programme name.
     */
    void names(ArticleState st, Sentence s, Supplier<List<Token>> tokens) {
        Reporters.find(st, s);
        String t = s.text();
        Matcher dotted = DOTTED_NAME.matcher(t);
        while (dotted.find()) {
            int a = dotted.start();
            while (a < dotted.start(1) - 2 && CUE_BEFORE.matcher(t.substring(0, a + 1)).find()) {
                a++; // 组长阿依加玛力·达吾提: the role ends before the name
            }
            addName(st, s, s.start() + a, s.start() + dotted.end());
        }
        boolean tokenMayPass = false;
        for (int i = 0; i < t.length(); i++) {
            if (!Names.isSurname(t.charAt(i)) || !leftOk(t, i)) {
                continue;
            }
            tokenMayPass = tokenMayPass || nameMayEndAfter(t, i);
            for (int len = 3; len >= 2; len--) {
                if (isName(t, i, len) && rightOk(t, i + len) && !COMMON_AFTER_SURNAME.contains(t.substring(i, i + 2))
                        && NOT_NAME_END.indexOf(t.charAt(i + len - 1)) < 0 && !Names.isPlainWord(t.substring(i, i + len))
                        && !joinsWord(t.substring(i, i + len))
                        && Names.placeOfNote(st, s.start() + i, s.start() + i + len) == null
                        && !insideWord(tokens, s.start() + i)) {
                    addName(st, s, s.start() + i, s.start() + i + len);
                    break;
                }
            }
        }
        if (!tokenMayPass) {
            return; // no name HanLP could find here passes the tests below: leave the sentence unsegmented
        }
        for (Token tok : tokens.get()) {
            int at = tok.start() - s.start();
            if (tok.isPersonName() && tok.word().length() >= 2 && tok.word().length() <= 4 && leftOk(t, at)
                    && !Names.isPlainWord(tok.word()) && !joinsWord(tok.word())
                    && Names.isSurname(tok.word().charAt(0))
                    && rightOk(t, at + tok.word().length()) && NOT_NAME_END.indexOf(tok.word().charAt(tok.word().length() - 1)) < 0
                    && Names.placeOfNote(st, tok.start(), tok.end()) == null) {
                addName(st, s, tok.start(), tok.end());
            }
        }
    }

    /**
     * Whether a name of 2 to 4 characters starting at {@code i} could end on a character and before what the token
     * test in {@link #names} accepts; most sentences have no such place and need not be segmented for it.
     */
    private static boolean nameMayEndAfter(String t, int i) {
        for (int len = 2; len <= 4 && i + len <= t.length(); len++) {
            if (NOT_NAME_END.indexOf(t.charAt(i + len - 1)) < 0 && rightOk(t, i + len)) {
                return true;
            }
        }
        return false;
    }

    /** A conjunction or preposition that is also a surname, before a word: 和孩子, 和妇女, 向村民 are no names. */
    private static boolean joinsWord(String name) {
        return name.length() == 3 && "和与向于从同".indexOf(name.charAt(0)) >= 0 && Names.isPlainWord(name.substring(1));
    }

    /** Whether {@code at} falls inside a word that starts earlier: 程 of 工程技术, 范 of 示范园, is no surname. */
    private static boolean insideWord(Supplier<List<Token>> tokens, int at) {
        return tokens.get().stream().anyMatch(x -> x.start() < at && x.end() > at);
    }

    /** A name starts a clause, or follows a role noun (村民, 果技员, 书记). */
    private static boolean leftOk(String t, int i) {
        char c = i == 0 ? ' ' : t.charAt(i - 1);
        return i == 0 || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN && !Character.isLetterOrDigit(c)
                || CUE_BEFORE.matcher(t.substring(Math.max(0, i - 3), i)).find();
    }

    /** A name is followed by speech, a title of respect, or the end of a clause. */
    private static boolean rightOk(String t, int end) {
        return end >= t.length() || SPEECH_AFTER.matcher(t).region(end, t.length()).lookingAt(); // anchored: find would scan on
    }

    static void addName(ArticleState st, Sentence s, int start, int end) {
        if (!st.mentionsIn(start, end).isEmpty()) {
            return; // a post's holder already found, or a word inside a place or organization name
        }
        String name = st.text.substring(start, end);
        String key = st.personNamed(name);
        st.entity(key, EntityKind.PERSON, name);
        st.mention(start, end, EntityKind.PERSON, key, s);
    }

    private static String personName(ArticleState st, Supplier<List<Token>> tokens, int at) {
        Matcher dotted = DOTTED_NAME.matcher(st.text).region(at, Math.min(st.text.length(), at + 14));
        if (dotted.lookingAt()) {
            return dotted.group(); // 乡长阿依加玛力·达吾提
        }
        // A common surname followed by what follows names in news ("说", "表示", a comma) is surer than
        // HanLP's name recognizer, which cuts "梁俊旭说" into 梁俊/旭. A verb right after two characters ends
        // the name there ("彭龙说"); punctuation allows three ("梁俊旭，").
        if (Names.isSurname(st.text.charAt(at))) {
            for (int len = 2; len <= 3; len++) {
                if (isName(st.text, at, len) && SPEECH.matcher(st.text).region(at + len, st.text.length()).lookingAt()) {
                    return st.text.substring(at, at + len);
                }
            }
            for (int len = 3; len >= 2; len--) {
                if (isName(st.text, at, len) && AFTER_NAME.matcher(st.text).region(at + len, st.text.length()).lookingAt()) {
                    return st.text.substring(at, at + len);
                }
            }
        }
        // A name the tagger finds elsewhere in the article: "村委会主任张裕朋举着手机" has no cue after the name,
        // but "张裕朋说" later has
        for (int len = 3; len >= 2; len--) {
            if (at + len <= st.text.length() && st.taggedPeople().contains(st.text.substring(at, at + len))) {
                // the tagger cut a rare surname's name short (廉海/鹏一边): a word of speech after three characters wins
                boolean longer = len == 2 && isName(st.text, at, 3) && SPEECH.matcher(st.text).region(at + 3, st.text.length()).lookingAt();
                return st.text.substring(at, at + (longer ? 3 : opensClause(st.text, at, len) ? 2 : len));
            }
        }
        // Words that start the clause after a name ("石流堂常和…", "梁超令还带头"): the name ends before them.
        if (Names.isSurname(st.text.charAt(at))) {
            for (int len = 3; len >= 2; len--) {
                if (isName(st.text, at, len) && at + len < st.text.length()
                        && NAME_FOLLOWERS.indexOf(st.text.charAt(at + len)) >= 0 && !opensClause(st.text, at, len)) {
                    return st.text.substring(at, at + len);
                }
            }
        }
        // After a title, two or three characters before a word of speech are a name even with a rare surname (支世军)
        for (int len = 3; len >= 2; len--) {
            if (isName(st.text, at, len) && SPEECH.matcher(st.text).region(at + len, st.text.length()).lookingAt()) {
                return st.text.substring(at, at + len);
            }
        }
        for (Token t : tokens.get()) {
            if (t.start() == at && t.isPersonName() && t.word().length() >= 2 && t.word().length() <= 4) {
                return t.word();
            }
        }
        return null;
    }

    /**
     * The place a bare title belongs to: the sentence's place, or for a title that names its level (县委书记,
     * 镇长) the place of that level above it — a 县委书记 speaking in a story about one village is the county's.
     */
    private static String placeOfTitle(ArticleState st, String titles, int at) {
        EntityKind level = PlaceWords.levelOfTitle(titles);
        String topic = st.topicPlace(at);
        String k = level == null ? null : st.topicPlace(at, level);
        Entity e = k == null ? null : st.entity(k);
        return e != null && e.kind() == level ? k : topic;
    }

    /** "方琳正和村民…": an adverb before a word that follows names opens the clause, so the name has two characters. */
    static boolean opensClause(String text, int at, int len) {
        return len == 3 && at + 3 < text.length() && ADVERBS.indexOf(text.charAt(at + 2)) >= 0
                && NAME_FOLLOWERS.indexOf(text.charAt(at + 3)) >= 0;
    }

    private static boolean isName(String text, int at, int len) {
        return at + len <= text.length() && text.substring(at, at + len).chars()
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
