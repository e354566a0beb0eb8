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
import org.apache.jena.vocabulary.ORG;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.Token;
import org.ruralkg.vocab.RKG;

/**
 * People and their posts: "魏家峪村党总支书记、村委会主任梁俊旭说", "稼裕农业有限公司负责人王宪璋说". A chain of post
 * titles directly before a personal name, attached to the organization or place named just before the chain.
 * Posts follow W3C ORG: the person {@code org:holds} a post that is {@code org:postIn} an organization.
 */
final class PersonStage {
    private static final Pattern SPEECH = Pattern.compile("^(说|表示|介绍|告诉|指出|认为|坦言|笑着说|同志)");
    private static final Pattern AFTER_NAME = Pattern.compile("^(说|表示|介绍|告诉|指出|称|认为|坦言|笑着说|同志|[：:，,、“\"（(]|$)");
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

    private static final Pattern REPORTER_NAME = Pattern.compile("[\\u4e00-\\u9fa5·]{2,8}");
    private static final Pattern REPORTERS = Pattern.compile("[（(]记者[\\s\u3000]*([^）)]{2,30})[）)]");
    private static final String NAME_FOLLOWERS = "还常也都就又正在带领把将和与跟对向给为被从已曾便才仍再亲多一";
    private static final Pattern ANAPHOR_BEFORE = Pattern.compile("(公司|企业|合作社)$");
    private static final Pattern ROLE_WORD = Pattern.compile("(第一书记|副?书记|副?主任|队长|队员|会计|委员|专干|负责人|副?主席)$");

    private final List<Map.Entry<String, EntityKind>> titles;
    private final Pattern chain;
    private final DictionaryMatcher<EntityKind> titleWords;

    PersonStage(Lexicons lexicons) {
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
            String placeKey = place.map(Mention::entityKey).orElse(bodyPlace);
            String affiliation = org.map(Mention::entityKey).orElse(placeKey);
            if (affiliation == null) {
                placeKey = st.topicPlace(chainStart);
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
                int tEnd = titleAt;
                String title = titleOf(written);
                String postOrg = org.map(Mention::entityKey).orElse(namedBody);
                if (postOrg == null && placeKey != null) {
                    postOrg = bodyOf(st, s, placeKey, title, tStart);
                    title = roleInTeam(st, postOrg, title);
                }
                String holder = postOrg != null ? postOrg : placeKey;
                String postKey = EntityKey.post(holder, title).toString();
                Entity holderEntity = st.entity(holder);
                String placeLabel = placeKey != null && st.entity(placeKey) != null ? st.entity(placeKey).label() : "";
                String postLabel = (holderEntity != null && postOrg != null && org.isPresent() ? holderEntity.label() : placeLabel)
                        + title;
                st.entity(postKey, EntityKind.POST, postLabel);
                st.mention(tStart, tEnd, EntityKind.POST, postKey, s);
                st.fact(personKey, ORG.holds.getURI(), new Term.Ref(postKey), s, tStart, nameEnd, "pattern:post-name");
                st.fact(postKey, RKG.postTitle.getURI(), Term.Lit.zh(title), s, tStart, tEnd, "pattern:post-name");
                if (postOrg != null) {
                    st.fact(postKey, ORG.postIn.getURI(), new Term.Ref(postOrg), s, chainStart, nameEnd, "pattern:post-name");
                    st.fact(personKey, ORG.memberOf.getURI(), new Term.Ref(postOrg), s, chainStart, nameEnd, "pattern:post-name");
                }
                if (placeKey != null) {
                    st.fact(postKey, RKG.postPlace.getURI(), new Term.Ref(placeKey), s, chainStart, nameEnd, "pattern:post-name");
                }
            }
        }
    }

    /**
     * People named without a post title: a name HanLP recognises, a common surname with a given name before
     * words of speech ("村民李文均说", "曾宪忠介绍道"), or a transcribed name with a middle dot (阿依加玛力·达吾提).
     * Not inside a place, organization or programme name.
     */
    void names(ArticleState st, Sentence s, Supplier<List<Token>> tokens) {
        if (s.start() < st.datelineEnd) {
            reporters(st, s);
        }
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
                    && rightOk(t, at + tok.word().length()) && NOT_NAME_END.indexOf(tok.word().charAt(tok.word().length() - 1)) < 0) {
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

    /** The reporters of a wire dateline hold the post of 记者 at the outlet that opens it. */
    private static void reporters(ArticleState st, Sentence s) {
        Matcher r = REPORTERS.matcher(st.text).region(s.start(), Math.min(st.datelineEnd, s.end()));
        if (!r.find()) {
            return;
        }
        Optional<Mention> outlet = st.firstMentionAfter(0, r.start(), x -> x.kind() == EntityKind.MEDIA_OUTLET);
        Matcher name = REPORTER_NAME.matcher(st.text).region(r.start(1), r.end(1));
        while (name.find()) {
            addName(st, s, name.start(), name.end());
            if (outlet.isPresent()) {
                String person = st.personKey(name.group(), null);
                if (person == null) {
                    continue;
                }
                String post = EntityKey.post(outlet.get().entityKey(), "记者").toString();
                st.entity(post, EntityKind.POST, st.entity(outlet.get().entityKey()).label() + "记者");
                st.fact(person, ORG.holds.getURI(), new Term.Ref(post), s, r.start(), r.end(), "pattern:dateline");
                st.fact(post, RKG.postTitle.getURI(), Term.Lit.zh("记者"), s, r.start(), r.end(), "pattern:dateline");
                st.fact(post, ORG.postIn.getURI(), new Term.Ref(outlet.get().entityKey()), s, r.start(), r.end(),
                        "pattern:dateline");
            }
        }
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

    private static void addName(ArticleState st, Sentence s, int start, int end) {
        if (!st.mentionsIn(start, end).isEmpty()) {
            return; // a post's holder already found, or a word inside a place or organization name
        }
        String name = st.text.substring(start, end);
        String key = st.personNamed(name);
        st.entity(key, EntityKind.PERSON, name);
        st.mention(start, end, EntityKind.PERSON, key, s);
    }

    /** A role without the word saying where it is served: 驻村第一书记 is the village's 第一书记 (not 驻村工作队队长). */
    private static String titleOf(String written) {
        if (written.startsWith("驻村") && written.length() > 4) {
            String rest = written.substring(2);
            Matcher role = ROLE_WORD.matcher(rest);
            if (role.find() && role.start() == 0) {
                return rest;
            }
        }
        return written;
    }

    /**
     * The post in a work team sent to a place is the role in that team (队长 of 四井村驻村工作队), not a post
     * of the place as party and village posts are (党支部书记 of 吴庄村).
     */
    private static String roleInTeam(ArticleState st, String body, String title) {
        Entity e = body == null ? null : st.entity(body);
        Matcher r = ROLE_WORD.matcher(title);
        return e != null && e.kind() == EntityKind.WORK_TEAM && r.find() && r.start() > 0 ? title.substring(r.start()) : title;
    }

    /** The body of a place a title belongs to: 党总支书记 of 魏家峪村 sits in 魏家峪村党总支. */
    private String bodyOf(ArticleState st, Sentence s, String placeKey, String title, int at) {
        Matcher r = ROLE_WORD.matcher(title);
        if (!r.find() || r.start() == 0) {
            return null;
        }
        String body = title.substring(0, r.start());
        EntityKind kind = null;
        for (Map.Entry<String, EntityKind> e : titles) {
            if (e.getKey().equals(title)) {
                kind = e.getValue();
            }
        }
        if (kind == null || kind == EntityKind.ORGANIZATION) {
            return null;
        }
        Entity place = st.entity(placeKey);
        if (place == null) {
            return null;
        }
        String key = EntityKey.bodyOf(placeKey, body).toString();
        // 大屯村 + 村党支部 is 大屯村党支部: the title's level word is the place's own suffix
        String label = body.length() > 1 && place.label().endsWith(body.substring(0, 1)) && "村镇乡县市".indexOf(body.charAt(0)) >= 0
                ? place.label() + body.substring(1) : place.label() + body;
        st.entity(key, kind, label);
        st.fact(key, RKG.locatedIn.getURI(), new Term.Ref(placeKey), s, at, at + title.length(), "pattern:post-body");
        return key;
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
                return st.text.substring(at, at + len);
            }
        }
        // Words that start the clause after a name ("石流堂常和…", "梁超令还带头"): the name ends before them.
        if (Names.isSurname(st.text.charAt(at))) {
            for (int len = 3; len >= 2; len--) {
                if (isName(st.text, at, len) && at + len < st.text.length()
                        && NAME_FOLLOWERS.indexOf(st.text.charAt(at + len)) >= 0) {
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

    private static boolean isName(String text, int at, int len) {
        return at + len <= text.length() && text.substring(at, at + len).chars()
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
