package org.ruralkg.extract;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.Token;
import org.ruralkg.nlp.Tokenizer;

/**
 * What several stages need to know about names: where a name ends on the left, which company "该公司" means,
 * whose a crop or animal is, whether a word starts with a surname, and how a programme's name is recorded. Kept
 * here so that no stage reaches into another.
 */
final class Names {
    private static final Pattern DOUBLE_SURNAME = Pattern.compile("(欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容|尉迟|长孙).+");

    /**
     * Whether the dictionary lists {@code w} as a word that is no name: 施肥, 芦荟 between commas look like a
     * surname and a given name, but are a verb and a plant.
     */
    static boolean isPlainWord(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n.toString().startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a span starting at {@code start} begins inside a dictionary word: 范 of 示范园里, 程 of 工程队. */
    static boolean startsMidWord(String text, int start) {
        return start > 0 && start + 1 < text.length() && isPlainWord(text.substring(start - 1, start + 1));
    }

    /**
     * The place whose note in brackets [start, end) fills, as notices list entries with what they are known for
     * ("宝山镇（蓝莓）"): its key, else null.
     */
    static String placeOfNote(ArticleState st, int start, int end) {
        if (start < 2 || end >= st.text.length() || "（(".indexOf(st.text.charAt(start - 1)) < 0
                || "）)".indexOf(st.text.charAt(end)) < 0) {
            return null;
        }
        return st.mentionsIn(start - 2, start - 1).stream().filter(m -> m.end() == start - 1 && m.kind().isDivision())
                .map(Mention::entityKey).findFirst().orElse(null);
    }

    /**
     * Whether a name ending at {@code end} stops inside a dictionary word that goes on after it: 养 of 养殖 in
     * 胡蜂养殖, 逐 of 逐一. A character that commonly follows names (王建国家, 李明都) does not count.
     */
    static boolean endsMidWord(String text, int end) {
        return end > 0 && end < text.length() && FOLLOWS_NAMES.indexOf(text.charAt(end)) < 0
                && isPlainWord(text.substring(end - 1, end + 1));
    }

    /** Characters that follow a name in running text more often than they end a word with its last character. */
    private static final String FOLLOWS_NAMES = "家说讲等和与及也都还就又正在把将跟对向给为被从已曾便才仍再亲多一们的";

    /**
     * Tags of words that cannot be inside a name. HanLP tags the characters of rare names oddly (稼/ng 裕/vg,
     * 前/f), so only function words and full verbs end a name, not every non-noun.
     */
    private static final Set<String> BOUNDARY_TAGS = Set.of("p", "c", "cc", "u", "ude1", "ude2", "ude3", "ule", "uguo",
            "uzhe", "uzhi", "usuo", "udeng", "uyy", "udh", "uls", "ulian", "y", "e", "o", "r", "rr", "rz", "ry", "rzv",
            "ryv", "d", "dl", "vshi", "vyou", "w", "m", "mq", "v", "vi", "vd", "vf", "vx", "vl");
    private static final Set<String> STOP_WORDS = Set.of("了", "的", "和", "与", "及", "在", "由", "是", "为", "对", "把",
            "被", "将", "让", "使", "向", "从", "以", "等", "该", "这", "其", "各", "经过", "通过", "成立", "引进", "推进",
            "组建", "创办", "注册", "依托", "联合", "带动", "利用", "研究", "走进", "加入", "入股", "培育", "支持", "扶持",
            "落实", "推动", "签约", "不断", "先后", "积极", "大力", "全面", "已", "已经", "并", "还", "又", "也", "均",
            "都", "共", "实施", "打造", "建成", "新建", "创建", "组织", "依靠", "携手", "牵头", "领办", "申报",
            "如今", "目前", "今年", "去年", "近年", "近年来", "当前", "现在", "随后", "此后", "同时", "此外", "另外");
    /** Verbs that are common inside company names, describing the line of business. */
    private static final Set<String> BUSINESS_WORDS = Set.of("养殖", "种植", "开发", "服务", "加工", "经营", "销售",
            "贸易", "物流", "旅游", "建设", "发展", "科技", "生产", "制造", "营销", "管理", "投资", "咨询", "培训", "运输",
            "电商", "农业", "生态", "休闲", "文化", "产业", "实业", "传媒", "种养", "繁育", "育种", "振兴");
    /** Farming verbs that head many cooperative names: 养牛专业合作社, 种粮合作社, 育苗专业合作社. */
    private static final String FARMING_VERB_HEADS = "养种育繁";
    /** A company or cooperative referred to without its name: 该公司, 本合作社, 企业. */
    static final Pattern ANAPHOR = Pattern.compile("(该|本)?(公司|企业|合作社)");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
            + "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
            + "武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅"
            + "童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
            + "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明"
            + "佘池查麻苑迟邝";

    private Names() {
    }

    /** Whether {@code w} is a function word or verb that ends a name on its left (加入, 引进, 的). */
    static boolean isStopWord(String w) {
        return STOP_WORDS.contains(w);
    }

    /** Where a name ending at {@code suffixStart} begins: at the first function word, verb or punctuation before it. */
    static int leftBoundary(ArticleState st, Sentence s, List<Token> tokens, int suffixStart) {
        int start = suffixStart;
        int depth = 0;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token tok = tokens.get(i);
            if (tok.end() > suffixStart) {
                if (tok.start() < suffixStart) {
                    start = tok.start(); // the suffix's own token begins earlier (艺有限公司)
                }
                continue;
            }
            String w = tok.word();
            if (w.equals(")") || w.equals("）")) {
                depth++;
                start = tok.start();
                continue;
            }
            if ((w.equals("(") || w.equals("（")) && depth > 0) {
                depth--;
                start = tok.start();
                continue;
            }
            if (depth > 0) {
                start = tok.start();
                continue;
            }
            // Chinese numerals belong to many names (万亩葡萄专业合作联社, 合一园); figures do not
            boolean numeral = tok.pos().startsWith("m") && w.chars().noneMatch(Character::isDigit);
            boolean boundary = STOP_WORDS.contains(w) || tok.isPunctuation()
                    || BOUNDARY_TAGS.contains(tok.pos()) && !BUSINESS_WORDS.contains(w) && !numeral
                    && !(tok.isVerb() && w.length() == 2 && FARMING_VERB_HEADS.indexOf(w.charAt(0)) >= 0)
                    && !isNameFragment(tokens, i)
                    || suffixStart - tok.start() > 30;
            if (boundary) {
                break;
            }
            start = tok.start();
        }
        return Math.max(start, s.start());
    }

    /**
     * Whether token {@code i} is a piece of a rare name the segmenter cut into single characters (玛/nz 拉/v 沁/v
     * of 玛拉沁艾力, 军/明白 of 固镇军明白鹅养殖专业合作社): a short verb after a one-character piece, or between a
     * place and a one-character noun, is no verb of the sentence.
     */
    private static boolean isNameFragment(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Token before = i > 0 ? tokens.get(i - 1) : null;
        Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (before == null || !t.isVerb() || t.word().length() > 2 || STOP_WORDS.contains(t.word())) {
            return false;
        }
        // 咸宁/ns 向阳/vi 湖/n of 咸宁向阳湖职业高中: a verb between a place and a one-character noun
        boolean afterPlace = before.pos().equals("ns") && after != null && after.word().length() == 1
                && after.pos().startsWith("n");
        return afterPlace || isLoosePiece(before) && (t.word().length() == 1
                || before.pos().startsWith("n") || before.pos().equals("ag"));
    }

    /** A one-character token that is neither punctuation nor a function word. */
    private static boolean isLoosePiece(Token t) {
        return t.word().length() == 1 && !t.isPunctuation() && !STOP_WORDS.contains(t.word())
                && Character.UnicodeScript.of(t.word().charAt(0)) == Character.UnicodeScript.HAN
                && !Set.of("p", "c", "cc", "u", "d", "r", "rr", "m", "q", "ude1", "ule", "w").contains(t.pos());
    }

    /** The company an anaphor such as "公司" or "该企业" at {@code pos} refers to: the last one named. */
    static Optional<Mention> antecedent(ArticleState st, Sentence s, int pos) {
        Matcher a = ANAPHOR.matcher(st.text.substring(s.start(), pos));
        int last = -1;
        while (a.find()) {
            int at = s.start() + a.start();
            if (!st.covered(at, s.start() + a.end(), x -> x.kind().group() == EntityKind.Group.ORGANIZATION)) {
                last = at;
            }
        }
        if (last < 0) {
            return Optional.empty();
        }
        int at = last;
        return st.lastMentionBefore(0, at, x -> x.kind() == EntityKind.COMPANY || x.kind() == EntityKind.COOPERATIVE);
    }

    /**
     * The body a bare head noun at the end of {@code [.., pos)} refers back to: 庄园 for 一号咖啡庄园, 牧场 for
     * 宁鑫生态有机牧场, the last organization or programme named earlier whose name ends with the same two
     * characters and is longer than them. Empty when the two characters before {@code pos} are not such a head.
     */
    static Optional<Mention> byHead(ArticleState st, int pos) {
        if (pos < 2) {
            return Optional.empty();
        }
        String head = st.text.substring(pos - 2, pos);
        if (!head.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                || !st.mentionsIn(pos - 2, pos).isEmpty()) {
            return Optional.empty();
        }
        return st.lastMentionBefore(0, pos - 2, x -> (x.kind().group() == EntityKind.Group.ORGANIZATION
                || x.kind().group() == EntityKind.Group.PROGRAM) && x.end() - x.start() > 2
                && st.entity(x.entityKey()) != null && st.entity(x.entityKey()).label().endsWith(head));
    }

    /** Who grows or raises what is named at {@code pos}: a producer named before it in the sentence, else the place. */
    static String grower(ArticleState st, Sentence s, int pos) {
        // A producer earlier in the sentence, unless an enumeration comma (、) sets another body or site apart
        // before it: in "A公司蔬菜基地、B(红薯)产业园" the sweet potatoes are not A's; in "合作社种植羊肚菌、火龙果" the
        // comma only lists crops.
        Optional<Mention> producer = st.lastMentionBefore(s.start(), pos,
                x -> (x.kind() == EntityKind.COMPANY || x.kind() == EntityKind.COOPERATIVE) && !listedApart(st, x.end(), pos));
        if (producer.isPresent()) {
            return producer.get().entityKey();
        }
        Optional<Mention> anaphor = antecedent(st, s, pos);
        if (anaphor.isEmpty() && st.lastMentionBefore(Math.max(s.start(), st.datelineEnd), s.end(),
                x -> x.kind().group() == EntityKind.Group.PLACE).isEmpty()) {
            anaphor = antecedent(st, s, s.end()); // "他引进西门塔尔牛…，办起了合作社": no place, the body is the farmer
        }
        if (anaphor.isPresent()) {
            return anaphor.get().entityKey();
        }
        Optional<Mention> farmers = PlaceWords.placeOfFarmers(st, s, pos);
        if (farmers.isPresent()) {
            return farmers.get().entityKey();
        }
        String topic = st.topicPlace(pos);
        if (namedAsFarmer(st, s, pos, topic)) {
            return topic;
        }
        return farmingPlace(st, topic);
    }

    private static boolean listedApart(ArticleState st, int from, int pos) {
        int comma = st.text.lastIndexOf('、', pos - 1);
        return comma >= from && st.mentionsIn(comma, pos + 1).stream().anyMatch(m -> m.start() > comma && m.start() <= pos
                && (m.kind().group() == EntityKind.Group.ORGANIZATION || m.kind().group() == EntityKind.Group.PROGRAM));
    }

    /**
     * Whether a prefecture the sentence itself names before {@code pos} is what farms there ("银川市的农民养殖肉牛"),
     * rather than the setting the article's own place stands in for.
     */
    private static boolean namedAsFarmer(ArticleState st, Sentence s, int pos, String topic) {
        Entity e = topic == null ? null : st.entity(topic);
        if (e == null || e.kind() != EntityKind.PREFECTURE) {
            return false;
        }
        return st.mentionsIn(Math.max(s.start(), st.datelineEnd), pos).stream().anyMatch(m -> topic.equals(m.entityKey())
                && !PlaceWords.isGoneTo(st.text, m.start()));
    }

    /**
     * The place that farms, given the place a statement is about: a province or city is the setting of a story,
     * not the farmer ("海南的红土地上…香蕉林", "到潍坊考察"), so the article's own village or county within it
     * stands for it, and nothing does when the article's place lies elsewhere.
     */
    private static String farmingPlace(ArticleState st, String topic) {
        Entity e = topic == null ? null : st.entity(topic);
        if (e == null || e.kind() != EntityKind.PROVINCE && e.kind() != EntityKind.PREFECTURE
                && e.kind() != EntityKind.COUNTRY) {
            return topic;
        }
        return st.focusKey != null && st.isWithin(st.focusKey, topic) ? st.focusKey : null;
    }

    /** What may stand before the subject that opens a sentence: time phrases and linking adverbs. */
    private static final Pattern OPENER = Pattern.compile("(?:(?:近年来|近年|今年|去年|前年|目前|如今|当前|同时|此外|另外|随后|"
            + "近日|日前|[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?|[0-9]{1,2}月(?:[0-9]{1,2}日)?)[，,]?)*(?:由)?");

    /**
     * The organization that opens the clause holding {@code pos}, else its sentence, as the subject ("凤山乡党委打造
     * “五红”党建品牌，…推行…", "近年来，龙江森工…有限公司在四井村开展…活动"): it, not the place the sentence
     * names, runs what is named at {@code pos}.
     */
    static Optional<Mention> subjectBody(ArticleState st, Sentence s, int pos) {
        int end = pos;
        int clause = clauseStart(st, s, pos);
        // A clause that names nothing before the programme carries on its predecessor's subject ("统战部联合…大学，
        // 建成…基地"); one that names a place or body of its own has its own subject or topic.
        while (clause > s.start()) {
            Optional<Mention> own = opener(st, clause, pos);
            if (own.isPresent()) {
                return own;
            }
            if (st.firstMentionAfter(clause, end, x -> true).isPresent() || st.text.charAt(clause - 1) != '，') {
                break;
            }
            end = clause - 1;
            clause = clauseStart(st, s, end);
        }
        Optional<Mention> opens = opener(st, s.start(), pos);
        if (opens.isPresent()) {
            return opens;
        }
        int own = clauseStart(st, s, pos);
        return shortReference(st, own, pos).or(() -> shortReference(st, s.start(), pos));
    }

    /** A clause opened by a body's kind alone ("合作社被评为…", "牧场建有…"): the body of that kind named last. */
    static final String BODY_KINDS = "联合社|合作社|公司|企业|牧场|农场|党支部|党总支";
    private static final Pattern BARE_HEAD = Pattern.compile("(?:该|这家|这个)?(" + BODY_KINDS + ")"
            + "(?![\\u4e00-\\u9fa5&&[^被先还也已建借从在与又获将成牵联负办带]])");

    private static Optional<Mention> shortReference(ArticleState st, int from, int pos) {
        Matcher lead = OPENER.matcher(st.text).region(from, pos);
        int at = lead.lookingAt() ? lead.end() : from;
        Matcher head = BARE_HEAD.matcher(st.text).region(at, pos);
        if (!head.lookingAt() || !st.mentionsIn(at, head.end()).isEmpty()) {
            return Optional.empty();
        }
        return namedByKind(st, at, head.group(1));
    }

    /** The organization of this kind ({@code 合作社}) named last before {@code at}: what "合作社…" refers back to. */
    static Optional<Mention> namedByKind(ArticleState st, int at, String kind) {
        return st.lastMentionBefore(0, at, m -> m.kind().group() == EntityKind.Group.ORGANIZATION
                && st.entity(m.entityKey()).label().endsWith(kind));
    }

    private static int clauseStart(ArticleState st, Sentence s, int pos) {
        int clause = pos;
        while (clause > s.start() && "，；：".indexOf(st.text.charAt(clause - 1)) < 0) {
            clause--;
        }
        return clause;
    }

    /** The organization that opens the text at {@code from} as its subject, ending before {@code pos}. */
    private static Optional<Mention> opener(ArticleState st, int from, int pos) {
        Optional<Mention> first = st.firstMentionAfter(from, pos, x -> true);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        // the longest mention starting where the first does: 凤山乡党委 over 凤山乡
        Mention m = st.mentionsStartingAt(first.get().start()).stream()
                .max(java.util.Comparator.comparingInt(x -> x.end() - x.start())).orElseThrow();
        if (m.kind().group() != EntityKind.Group.ORGANIZATION || m.kind() == EntityKind.MEDIA_OUTLET
                || m.start() < st.datelineEnd || m.end() > pos || !OPENER.matcher(st.text).region(from, m.start()).matches()
                || st.mentionsIn(m.start(), m.end() + 1).stream().anyMatch(x -> x.kind() == EntityKind.POST)) {
            return Optional.empty(); // a dateline's outlet, or the body of the person who speaks: "村委会主任高益清介绍"
        }
        return Optional.of(m);
    }

    /** The organization listed right after {@code b} ("A、B", "A和B"), or null. */
    static Mention nextListed(ArticleState st, Mention b) {
        if (b.end() + 1 >= st.text.length() || "、和及".indexOf(st.text.charAt(b.end())) < 0) {
            return null;
        }
        return st.mentionsStartingAt(b.end() + 1).stream()
                .filter(x -> x.kind().group() == EntityKind.Group.ORGANIZATION).findFirst().orElse(null);
    }

    /** Whether a name starts with a common surname (or a two-character one such as 欧阳). */
    static boolean hasSurname(String name) {
        return isSurname(name.charAt(0)) || DOUBLE_SURNAME.matcher(name).matches();
    }

    /** Whether {@code c} is a common one-character surname. */
    static boolean isSurname(char c) {
        return SURNAMES.indexOf(c) >= 0;
    }

    /** Quotation marks that open and close a name in Chinese text (and the ASCII one news copies in). */
    static final String OPEN_QUOTES = "“\"「『";
    static final String CLOSE_QUOTES = "”\"」』";

    /**
     * A phrase that describes or asks rather than names: it opens with a question word, a demonstrative or a
     * count (什么产业, 这个项目, 一座小公园, 5个标准化初制加工厂 read from its 个). Programmes and organizations have names;
     * a quoted slogan is one whatever it opens with (“一个不变”).
     */
    private static final Pattern DESCRIPTION = Pattern.compile("^(什么|哪些|哪个|这些|那些|这个|那个|这座|那座|[一两几每][个座处]|个)");

    static boolean isDescription(String name) {
        return DESCRIPTION.matcher(name).find();
    }

    /** Records a programme named at {@code [start, end)}: its entity, mention and the words used there. */
    static void addProgram(ArticleState st, Sentence s, int start, int end, String label, EntityKind kind,
            String method) {
        if (isDescription(label) && (start == 0 || OPEN_QUOTES.indexOf(st.text.charAt(start - 1)) < 0)) {
            return; // quoted, it is a name all the same: “一个不变”
        }
        // An honour is given to one place: the award is its own node, so batch, year and awarding body
        // belong to it and not to every village that ever received the same title.
        String key = (kind == EntityKind.HONOUR
                ? EntityKey.scoped(EntityKey.PROGRAM, label, st.scope(st.topicPlace(start)))
                : EntityKey.program(label)).toString();
        st.entity(key, kind, label);
        st.mention(start, end, kind, key, s);
        st.altLabel(key, st.text.substring(start, end));
    }

    /**
     * Whether the piece of a tagger's name from {@code start} to {@code headEnd} (up to its suffix, or up to where
     * the rules' name begins) cannot begin a name: it starts inside a word of its sentence, is a verb alone, or
     * holds a verb of acting.
     */
    static boolean notAName(ArticleState st, Sentence s, int start, int headEnd) {
        if (headEnd <= start) {
            return false;
        }
        int from = Math.max(s.start(), start - 2);
        List<Token> head = new ArrayList<>();
        for (Token t : Tokenizer.shared().tokenize(st.text.substring(from, headEnd), from)) {
            if (t.start() < start && t.end() > start) {
                return true;
            }
            if (t.start() >= start) {
                head.add(t);
            }
        }
        return head.size() == 1 && head.get(0).isVerb() && !head.get(0).pos().equals("vn") || hasAct(head);
    }

    /** Whether words of a name include a verb of acting (党员领办合作社, 支部带动): a practice, not a body. */
    static boolean hasAct(List<Token> words) {
        return words.stream().anyMatch(t -> t.isVerb() && STOP_WORDS.contains(t.word()));
    }
}
