package org.ruralkg.extract;

import org.ruralkg.EntityKind;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.Token;

/**
 * Programmes recognised by the shape of their names rather than by a lexicon: honours in award lists ("先后获评
 * 岳阳市文明村、湖南省卫生村等称号"), named bases, parks and markets ("千亩生态智慧脐橙示范基地", "小龙虾交易
 * 市场"), subsidies, insurance and loan products ("林业补贴", "“油茶贷”"), counted slogans ("“四聚焦”",
 * "“两社融一社”") and responsibility systems (山长制). A plain phrase is not a programme: each of these needs a
 * head word and a name in front of it.
 */
final class ProgramNames {
    static final Pattern AWARD_CUE = Pattern.compile("(?:被|先后|相继|陆续|还|已)?(?:评为|获评|荣获|获得|授予|"
            + "命名为|入选|认定为|列为|列入|拿下|跻身|摘得|荣膺|获批|成功创建|创建为|被确定为|确定为)(?:了|为)?");
    private static final String HONOUR_HEADS = "示范村|示范乡镇|示范镇|示范县|示范区|示范点|示范基地|示范合作社|示范社|"
            + "示范家庭农场|示范园区|示范村镇|先进村|先进集体|文明村|文明村镇|文明乡镇|卫生村|卫生乡镇|美丽村庄|美丽乡村|平安村|"
            + "重点村|重点镇|特色村|特色小镇|特色田园乡村|休闲乡村|传统村落|之乡|第一村|第一镇|样板镇|样板村|强镇|楷模|"
            + "劳动模范|好人|标兵|红旗村|星级村|名村|名镇|金牌村|试点村|试点县|宜居村庄|示范村庄|育种场";
    static final Pattern HONOUR = Pattern.compile("^[^，。；：、“”]{2,22}?(?:" + HONOUR_HEADS + ")$");
    static final Pattern LEVELLED_HONOUR = Pattern.compile(
            "(?:全国|全省|全市|全区|全县|国家级|省级|市级|县级|中国|国家)(?:[^，。；：、“”的,;:\\s]|“[^，。；：“”]{2,8}”){0,14}?(?:"
                    + HONOUR_HEADS
                    + ")(?!(?!名单|名录)[\\u4e00-\\u9fa5&&[^等和与及称号]])");
    /** A ministry or department in front of the honour it gives (…城乡建设部美丽宜居示范村庄, 农业农村部…). */
    private static final Pattern AWARDING_BODY = Pattern.compile("^[\\u4e00-\\u9fa5]{0,10}?(?:部|厅|局)(?=[\\u4e00-\\u9fa5]{4})");
    /** "入选的另外3个示范村镇": a clause or a count refers back to honours, it does not name one. */
    private static final Pattern REFERENCE = Pattern.compile("^的|^(?:另外|其他|其余|这|该|此)|[\\d一二三四五六七八九十两]+(?:个|家|批)");
    private static final Pattern LIST_ITEM = Pattern.compile("[^、，。；：！？,;:!?]+");
    private static final Pattern CLAUSE = Pattern.compile("[^，。；！？,;!?]+");
    /** Building a thing makes it a project; merely using one ("利用本村水果种植基地") does not name it. */
    private static final Pattern BUILD_CUE = Pattern.compile("建设|建成|打造|新建|建起|建有|建立|建了|兴建|修建|另建|创建|投资|规划|引进|落地|开工|"
            + "启动|落户|开园|投用|投运|揭牌|挂牌|成立|入驻|扩建|升级");
    private static final Pattern SPECIFIC_FACILITY = Pattern.compile("博物馆|主题馆|展示馆|交易市场|批发市场|庄园|公园|云平台|"
            + "电商平台|产业园|科技园区|观光园|乡村振兴园|标准果园|保种场");
    private static final Pattern ITEM_PREFIX = Pattern.compile("^(?:了|为|首批|第[一二三四五六七八九十\\d]+批|“|\")+");
    private static final Pattern FACILITY = Pattern.compile("(?:示范基地|种植基地|养殖基地|生产基地|实践基地|实验基地|"
            + "繁育基地|溯源基地|基地|产业园|科技园区|农业园区|示范园|观光园|采摘园|标准果园|茶园基地|庄园|公园|博物馆|主题馆|"
            + "展示馆|交易市场|批发市场|云平台|电商平台|保种场|育种场|良种场|扶贫车间|乡村振兴园)");
    private static final Pattern GENERIC_FACILITY = Pattern.compile("^(?:生产|产业|种植|养殖|示范|实践|繁育|标准化|"
            + "现代|特色|农业|基地|规模化|集中|一个|一批|多个|各类)*" + FACILITY.pattern() + "$");
    private static final Pattern SUBSIDY = Pattern.compile("(?:补贴|补助|奖补|专项基金|产业基金|发展基金|指数保险|价格保险|"
            + "保险)");
    private static final PatternStarts FACILITY_STARTS = PatternStarts.of(FACILITY);
    private static final PatternStarts SUBSIDY_STARTS = PatternStarts.of(SUBSIDY);
    private static final PatternStarts AWARD_CUE_STARTS = PatternStarts.of(AWARD_CUE);
    private static final Pattern QUOTED = Pattern.compile("[“\"「]([^”\"」“]{2,10})[”\"」]");
    private static final Pattern COUNTED = Pattern.compile("[一二三四五六七八九十百千万亿两双]");
    private static final Pattern RESPONSIBILITY = Pattern.compile("[\\u4e00-\\u9fa5]{1,2}长制");
    private static final Pattern JOINED = Pattern.compile("[和与及]");
    static final Pattern FIRST_OF_ITS_KIND = Pattern.compile("(?:全国|全省|全市|全县|国内|省内)?(?:首个|首家|第一个|唯一)");
    /** Words that say what kind of base a base is, not which: 规模养殖基地, 饲草料基地, 标准化生产基地. */
    static final Pattern GENERIC_PART = Pattern.compile("规模|养殖|种植|生产|示范|标准化|现代|特色|产业|饲草料|饲草|育苗|"
            + "繁育|加工|集中|连片|高效|生态|绿色|有机|农业|交易|一个|一批|多个|大型|小型");
    private static final Pattern COUNT_BEFORE = Pattern.compile("[\\d一二三四五六七八九十两几多]+(?:个|座|处|家)$");
    private static final Pattern COUNT_AFTER = Pattern.compile("[\\d一二三四五六七八九十两]+(?:个|座|处|家)");
    private static final Pattern MEASURE = Pattern.compile("[多余]?(?:亩|平方米|个|座|处|家|万|千)*");
    static final Pattern LEVEL = Pattern.compile("^(?:全国|全省|国家级|国家|省级|中国|自治区级)");

    /** Parts of a business-model slogan: who works with whom ("公司+合作社+农户", "光伏+"). */
    private static final Pattern MODEL_PART = Pattern.compile(".*(公司|企业|合作社|社|农户|户|基地|支部|党组织|集体|集体经济|"
            + "市场|电商|协会|农民|家庭农场|银行|政府|村|园区|平台|工厂|车间|院所|院校|能人|农场|景区|民宿|互联网|光伏|庭院|"
            + "旅游|产业|龙头)$");

    private ProgramNames() {
    }

    /** Whether a quoted "A+B+C" names a business model (its parts are actors or sectors) rather than a programme. */
    static boolean isBusinessModel(String name) {
        String[] parts = name.split("[+＋]", -1);
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            if (!p.isEmpty() && !MODEL_PART.matcher(p).matches()) {
                return false;
            }
        }
        return true;
    }

    static void run(ArticleState st, Sentence s, Supplier<List<Token>> tokens) {
        honours(st, s);
        honoursListedBack(st, s);
        quoted(st, s);
        responsibility(st, s);
        festivals(st, s);
        documents(st, s);
        headed(st, s, tokens, FACILITY, FACILITY_STARTS, EntityKind.PROJECT);
        headed(st, s, tokens, SUBSIDY, SUBSIDY_STARTS, EntityKind.SUBSIDY);
    }

    /**
     * "全国乡村治理示范村镇名单" with its parts named as well (…示范乡镇, …示范村): the list's name covers two honours
     * and is none itself; named alone (第五批全国一村一品示范村镇名录), it is the honour.
     */
    static void umbrellas(ArticleState st) {
        List<Mention> honours = st.mentionsIn(0, st.text.length()).stream().filter(m -> m.kind() == EntityKind.HONOUR).toList();
        java.util.Set<String> labels = new java.util.HashSet<>();
        honours.forEach(m -> labels.add(st.entity(m.entityKey()).label()));
        List<Mention> drop = honours.stream().filter(m -> isUmbrella(st.entity(m.entityKey()).label(), labels)).toList();
        List<Mention> inside = new java.util.ArrayList<>(drop);
        drop.forEach(u -> inside.addAll(st.mentionsIn(u.start(), u.end()).stream()
                .filter(m -> m.kind().group() == EntityKind.Group.PROGRAM).toList())); // 示范村 of 示范村镇名单
        st.drop(inside);
    }

    /** Whether an honour's label names a list covering two of {@code labels}: …示范村镇 beside …示范村, …示范乡镇. */
    static boolean isUmbrella(String label, java.util.Set<String> labels) {
        String stem = label.substring(0, Math.max(0, label.length() - 2));
        return label.endsWith("村镇") && (labels.contains(stem + "村") || labels.contains(stem + "乡镇")
                || labels.contains(stem + "镇"));
    }

    /** Honours listed after an award verb, and honours that carry their level in the name (全国文明村). */
    private static void honours(ArticleState st, Sentence s) {
        String t = s.text();
        Matcher cue = AWARD_CUE.matcher(t);
        for (int from = 0; AWARD_CUE_STARTS.find(cue, t, from); from = PatternStarts.after(cue)) {
            Matcher clause = CLAUSE.matcher(t).region(cue.end(), t.length());
            if (!clause.lookingAt()) {
                continue;
            }
            String list = clause.group();
            int cut = list.indexOf('等');
            int listEnd = cue.end() + (cut >= 0 ? cut : list.length());
            Matcher item = LIST_ITEM.matcher(t).region(cue.end(), listEnd);
            while (item.find()) {
                for (String part : item.group().split("和|及|与|以及")) {
                    int at = t.indexOf(part, item.start());
                    Matcher p = ITEM_PREFIX.matcher(part);
                    int skip = p.find() ? p.end() : 0;
                    String name = part.substring(skip).replaceAll("[”\"」]$", "").replaceAll("称号$|荣誉称号$", "");
                    Matcher body = AWARDING_BODY.matcher(name);
                    if (body.lookingAt() && name.length() - body.end() >= 4) {
                        skip += body.end(); // 住房和城乡建设部美丽宜居示范村庄: the ministry gives the honour
                        name = name.substring(body.end());
                    }
                    if (HONOUR.matcher(name).matches() && !REFERENCE.matcher(name).find()) {
                        add(st, s, s.start() + at + skip, s.start() + at + skip + name.length(), name, EntityKind.HONOUR);
                    }
                }
            }
        }
        Matcher l = LEVELLED_HONOUR.matcher(t);
        while (l.find()) {
            if (HonourLists.NOT_A_NAME.matcher(l.group()).find()) {
                continue; // 全国共认定示范村镇399个: a sentence of the notice, not a name
            }
            // 全国“一村一品”示范村: the quotes mark a slogan inside the honour's name, not its end
            add(st, s, s.start() + l.start(), s.start() + l.end(), l.group().replaceAll("[“”]", ""), EntityKind.HONOUR);
        }
    }

    /** "另外3个示范村镇，分别是A村，…；B村，…": a count of an honour named before, then the places that hold it. */
    private static final Pattern COUNTED_HONOURS = Pattern.compile("[\\d一二三四五六七八九十两]+个(?:[^，。；：、]{0,8}?)("
            + HONOUR_HEADS + ")[，,：:]?(?:分别是|分别为|包括|即)[：:]?");
    private static final Pattern ENTRY = Pattern.compile("[^；;]+");

    private static void honoursListedBack(ArticleState st, Sentence s) {
        Matcher c = COUNTED_HONOURS.matcher(s.text());
        if (!c.find()) {
            return;
        }
        String head = c.group(1);
        java.util.Optional<Mention> honour = st.lastMentionBefore(0, s.start() + c.start(), m -> m.kind() == EntityKind.HONOUR
                && st.entity(m.entityKey()).label().endsWith(head));
        if (honour.isEmpty()) {
            return;
        }
        // the entries run on past the sentence splitter's semicolons, to the full stop
        int from = s.start() + c.end();
        int stop = from;
        while (stop < st.text.length() && "。\n".indexOf(st.text.charAt(stop)) < 0) {
            stop++;
        }
        Matcher entry = ENTRY.matcher(st.text).region(from, stop);
        while (entry.find()) {
            // the place an entry opens with, at its deepest: 封丘县留光镇青堆村 is 青堆村
            Matcher first = CLAUSE.matcher(st.text).region(entry.start(), entry.end());
            int to = first.lookingAt() ? first.end() : entry.end();
            st.mentionsIn(entry.start(), to).stream().filter(m -> m.kind().isDivision())
                    .max(java.util.Comparator.comparingInt(Mention::end))
                    .ifPresent(p -> st.fact(p.entityKey(), org.ruralkg.vocab.RKG.implements_.getURI(),
                            new Term.Ref(honour.get().entityKey()), st.sentenceAt(p.start()), p.start(), p.end(),
                            "pattern:honours-listed-back"));
        }
    }

    /** Quoted counted slogans and quoted loan or insurance products: “四聚焦”, “两社融一社”, “油茶贷”, “脱贫保”. */
    private static void quoted(ArticleState st, Sentence s) {
        Matcher q = QUOTED.matcher(s.text());
        while (q.find()) {
            String name = q.group(1);
            int start = s.start() + q.start(1);
            int end = s.start() + q.end(1);
            String after = s.text().substring(q.end(), Math.min(s.text().length(), q.end() + 2));
            if (isBusinessModel(name) || after.startsWith("模式")) {
                continue; // a business model ("公司+合作社+农户", “借鸡生蛋”模式) is not a programme
            }
            if (name.endsWith("委") || name.endsWith("班子")) {
                continue; // 村“两委”, “两委”班子: the village's bodies, not a slogan
            }
            if (name.matches(".{1,6}(贷|保|险)")) {
                add(st, s, start, end, name, EntityKind.SUBSIDY);
            } else if (name.length() <= 8 && COUNTED.matcher(name).find() && !name.matches(".*[\\d.]+.*")
                    && !name.endsWith("号") // 白叶一号 is a variety, not a slogan
                    && !countsTheListBefore(s.text(), q.start(), name) && !SAID.matcher(clauseBefore(s.text(), q.start())).find()) {
                add(st, s, start, end, name, EntityKind.CAMPAIGN);
            }
        }
    }

    /** "当地人常说这里“…”": a saying quoted after a verb of speech, not a slogan of a programme. */
    private static final Pattern SAID = Pattern.compile("(?:说|称|讲|道|形容|叫)[^，。；：“”]{0,3}$");
    private static final Pattern LIST_JOINER = Pattern.compile("、|和|与|及");

    private static String clauseBefore(String t, int at) {
        int from = at;
        while (from > 0 && "，。；：！？,;:!?\n".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        return t.substring(from, at);
    }

    /**
     * "党建、制度、人才“三驱动”": a counted slogan right after the very items it counts sums up that list; it names
     * no programme. A cue after it (“三定”学习机制) makes it a name all the same, and is read before this.
     */
    private static boolean countsTheListBefore(String t, int quote, String name) {
        String clause = clauseBefore(t, quote);
        if (clause.indexOf('、') < 0) {
            return false;
        }
        Matcher n = COUNTED.matcher(name);
        java.math.BigDecimal count = n.lookingAt() ? QuantityParser.parseChinese(n.group()) : null;
        return count != null && count.intValue() == LIST_JOINER.split(clause, -1).length;
    }

    /** "联合A、B和C，建成…", "与A、B达成合作，…打造…": the bodies a subject works with build it too. */
    private static final Pattern PARTNER = Pattern.compile("联合|携手|联手|与");
    private static final Pattern TOGETHER = Pattern.compile("^[^。；]{0,40}?(?:合作(?!社)|共建|联合|联手|携手|共同)");

    static void partners(ArticleState st, Sentence s, Mention m) {
        Matcher p = PARTNER.matcher(st.text).region(s.start(), m.start());
        while (p.find()) {
            Mention b = st.mentionsStartingAt(p.end()).stream()
                    .filter(x -> x.kind().group() == EntityKind.Group.ORGANIZATION && x.end() <= m.start())
                    .max(java.util.Comparator.comparingInt(Mention::end)).orElse(null);
            if (b == null || p.group().equals("与") && !TOGETHER.matcher(st.text).region(b.end(), m.start()).lookingAt()) {
                continue; // 与 alone also joins two subjects ("A与B都…"); "与…合作" makes a partner
            }
            for (; b != null && b.end() <= m.start(); b = Names.nextListed(st, b)) {
                st.fact(b.entityKey(), org.ruralkg.vocab.RKG.implements_.getURI(), new Term.Ref(m.entityKey()), s, b.start(), m.end(),
                        "rule:partner");
            }
        }
    }

    /** A policy document named in book-title marks: 《…乡村建设行动计划》, 《…建设规划》, 《…实施方案》. */
    private static final Pattern DOCUMENT = Pattern.compile("《([^《》“”]{4,40}?(?:计划|规划|方案|意见|办法|纲要|条例|规定|细则))》");

    private static void documents(ArticleState st, Sentence s) {
        Matcher d = DOCUMENT.matcher(s.text());
        while (d.find()) {
            add(st, s, s.start() + d.start(1), s.start() + d.end(1), d.group(1), EntityKind.POLICY);
        }
    }

    /** A festival a place holds (举办了二十届湖羊文化节): a named yearly programme, not a passing event. */
    private static final Pattern FESTIVAL = Pattern.compile("(?:举办|举行|开幕|办起|办了|承办|主办)(?:了)?(?:第?[\\d一二三四五六七八九十百]+届)?"
            + "([\\u4e00-\\u9fa5]{1,8}?(?:文化|旅游|丰收|采摘|美食|艺术|音乐|民俗|花|果|茶)节)(?![\\u4e00-\\u9fa5&&[^期上中活等和与]])");

    private static void festivals(ArticleState st, Sentence s) {
        Matcher f = FESTIVAL.matcher(s.text());
        while (f.find()) {
            add(st, s, s.start() + f.start(1), s.start() + f.end(1), f.group(1), EntityKind.PROGRAM);
        }
    }

    private static void responsibility(ArticleState st, Sentence s) {
        Matcher r = RESPONSIBILITY.matcher(s.text());
        while (r.find()) {
            int start = s.start() + r.start();
            add(st, s, start, s.start() + r.end(), r.group(), EntityKind.POLICY);
        }
    }

    /** "主题馆里", "基地内": the word after the head says where in it, and HanLP may join the two. */
    private static final Pattern LOCATIVE = Pattern.compile("[里内中外旁前后](?![\\u4e00-\\u9fa5]{0,1}(?:斤|米|亩))");

    /** A name ending in {@code head}, bounded on the left like an organization's name. */
    private static void headed(ArticleState st, Sentence s, Supplier<List<Token>> tokens, Pattern head,
            PatternStarts starts, EntityKind kind) {
        Matcher h = head.matcher(s.text());
        for (int from = 0; starts.find(h, s.text(), from); from = PatternStarts.after(h)) {
            int headStart = s.start() + h.start();
            int end = s.start() + h.end();
            if (st.covered(headStart, end, x -> x.kind().group() == EntityKind.Group.PROGRAM)
                    || tokens.get().stream().noneMatch(x -> x.end() == end) && end < s.end()
                    && !LOCATIVE.matcher(st.text).region(end, s.end()).lookingAt()) {
                continue; // already named, or the head runs on into a longer word (市场化, 基地里 is fine)
            }
            int start = Names.leftBoundary(st, s, tokens.get(), headStart);
            if (start > 0 && Character.isDigit(st.text.charAt(start - 1))) {
                Matcher measure = MEASURE.matcher(st.text.substring(start, headStart));
                start += measure.lookingAt() ? measure.end() : 0; // 200多亩水果种植基地: the size is a quantity
            }
            Matcher joined = JOINED.matcher(st.text.substring(start, headStart));
            while (joined.find()) {
                start = start + joined.end(); // 生产房和智慧银耳观光园: the last of two things named
                joined = JOINED.matcher(st.text.substring(start, headStart));
            }
            if (COUNT_BEFORE.matcher(st.text.substring(s.start(), start)).find()
                    || COUNT_AFTER.matcher(st.text).region(end, s.end()).lookingAt()) {
                continue; // 建成10个咖啡庄园, 交易市场7个: a kind of facility counted, not one named
            }
            Matcher first = FIRST_OF_ITS_KIND.matcher(st.text.substring(start, headStart));
            start += first.lookingAt() ? first.end() : 0; // 全国首个柚类种质资源实验基地: the base, not its rank
            String name = st.text.substring(start, end);
            if (end - start < 4 || GENERIC_FACILITY.matcher(name).matches() || name.matches(".*[，、。；：].*")
                    || !SPECIFIC_FACILITY.matcher(h.group()).matches()
                    && GENERIC_PART.matcher(st.text.substring(start, headStart)).replaceAll("").length() < 2) {
                continue; // 规模养殖基地, 饲草料基地: a kind of base, not one named
            }
            boolean levelled = LEVEL.matcher(name).find();
            if (kind == EntityKind.PROJECT && !levelled && !SPECIFIC_FACILITY.matcher(h.group()).matches()
                    && !BUILD_CUE.matcher(s.text().substring(0, h.start())).find()
                    && st.mentionsIn(start, end).stream().noneMatch(x -> x.kind().isDivision())) {
                continue;
            }
            EntityKind k = kind == EntityKind.PROJECT && levelled && !SPECIFIC_FACILITY.matcher(h.group()).matches()
                    ? EntityKind.HONOUR : kind;
            add(st, s, start, end, name, k);
        }
    }

    static void add(ArticleState st, Sentence s, int start, int end, String name, EntityKind kind) {
        if (name.length() < 2 || st.covered(start, end, x -> x.kind().group() == EntityKind.Group.PROGRAM
                && x.end() - x.start() >= end - start)) {
            return;
        }
        Names.addProgram(st, s, start, end, name, kind, "pattern:program-name");
    }
}
