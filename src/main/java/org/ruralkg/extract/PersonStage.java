package org.ruralkg.extract;

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
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
            + "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
            + "武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅"
            + "童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
            + "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明"
            + "佘池查麻苑迟邝";
    private static final Pattern SPEECH = Pattern.compile("^(说|表示|介绍|告诉|指出|认为|坦言|笑着说|同志)");
    private static final Pattern AFTER_NAME = Pattern.compile("^(说|表示|介绍|告诉|指出|称|认为|坦言|笑着说|同志|[：:，,、“\"（(]|$)");
    private static final Pattern ANAPHOR_BEFORE = Pattern.compile("(公司|企业|合作社)$");
    private static final Pattern ROLE_WORD = Pattern.compile("(副?书记|副?主任|队长|队员|会计|委员|专干|负责人|副?主席)$");

    private final List<Map.Entry<String, EntityKind>> titles;
    private final Pattern chain;

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
        chain = Pattern.compile("((?:" + alt + ")(?:[、和兼及](?:" + alt + "))*)([\\u4e00-\\u9fa5]{2,3})");
    }

    void run(ArticleState st, Sentence s, Supplier<List<Token>> tokens) {
        Matcher m = chain.matcher(s.text());
        int from = 0;
        while (from < s.text().length() && m.find(from)) {
            from = m.end();
            int chainStart = s.start() + m.start(1);
            Optional<Mention> straddled = st.mentionsIn(chainStart, chainStart + 1).stream()
                    .filter(x -> x.kind().isDivision() && x.start() < chainStart).findFirst();
            if (straddled.isPresent()) {
                // "魏家峪村党总支书记": the title 村党总支书记 would eat the end of the village's name.
                from = straddled.get().end() - s.start();
                continue;
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
                org = OrganizationStage.antecedent(st, s, chainStart);
            }
            String placeKey = place.map(Mention::entityKey).orElse(null);
            String affiliation = org.map(Mention::entityKey).orElse(placeKey);
            if (affiliation == null) {
                placeKey = st.topicPlace(chainStart);
                affiliation = placeKey;
            }
            if (affiliation == null) {
                continue;
            }
            String personKey = "person/" + name + "@" + local(affiliation);
            st.entity(personKey, EntityKind.PERSON, name);
            st.mention(nameStart, nameEnd, EntityKind.PERSON, personKey, s);
            int titleAt = chainStart;
            for (String title : m.group(1).split("[、和兼及]")) {
                int tStart = st.text.indexOf(title, titleAt);
                titleAt = tStart + title.length();
                String postOrg = org.map(Mention::entityKey).orElse(null);
                if (postOrg == null && placeKey != null) {
                    postOrg = bodyOf(st, s, placeKey, title, tStart);
                }
                String holder = postOrg != null ? postOrg : placeKey;
                String postKey = "post/" + local(holder) + "/" + title;
                Entity holderEntity = st.entity(holder);
                String placeLabel = placeKey != null && st.entity(placeKey) != null ? st.entity(placeKey).label() : "";
                String postLabel = (holderEntity != null && postOrg != null && org.isPresent() ? holderEntity.label() : placeLabel)
                        + title;
                st.entity(postKey, EntityKind.POST, postLabel);
                st.mention(tStart, tStart + title.length(), EntityKind.POST, postKey, s);
                st.fact(personKey, ORG.holds.getURI(), new Term.Ref(postKey), s, tStart, nameEnd, "pattern:post-name");
                st.fact(postKey, RKG.postTitle.getURI(), Term.Lit.zh(title), s, tStart, tStart + title.length(),
                        "pattern:post-name");
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
        String key = "org/" + local(placeKey) + "-" + body;
        st.entity(key, kind, place.label() + body);
        st.fact(key, RKG.locatedIn.getURI(), new Term.Ref(placeKey), s, at, at + title.length(), "pattern:post-body");
        return key;
    }

    private static String personName(ArticleState st, Supplier<List<Token>> tokens, int at) {
        // A common surname followed by what follows names in news ("说", "表示", a comma) is surer than
        // HanLP's name recognizer, which cuts "梁俊旭说" into 梁俊/旭. A verb right after two characters ends
        // the name there ("彭龙说"); punctuation allows three ("梁俊旭，").
        if (SURNAMES.indexOf(st.text.charAt(at)) >= 0) {
            for (int len = 2; len <= 3; len++) {
                if (isName(st.text, at, len) && SPEECH.matcher(st.text.substring(at + len)).find()) {
                    return st.text.substring(at, at + len);
                }
            }
            for (int len = 3; len >= 2; len--) {
                if (isName(st.text, at, len) && AFTER_NAME.matcher(st.text.substring(at + len)).find()) {
                    return st.text.substring(at, at + len);
                }
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

    private static String local(String key) {
        return key.substring(key.indexOf('/') + 1);
    }
}
