package org.ruralkg.extract;

import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.jena.vocabulary.XSD;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.Token;
import org.ruralkg.vocab.RKG;

/**
 * Programmes: named policies and honours from the lexicon, quoted names that the words around them mark as a
 * programme ("“每周夜校”制度", "“四个不摘”的工作要求"), lists of projects or subsidies after a verb
 * ("推进A、B、C等项目"), and industries a place brings in ("引进光伏发电产业"). Each is linked to the place the
 * sentence is about, with dates, schedules and frequencies where the sentence states them.
 */
final class ProgramStage {
    private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』“]{2,16})[”\"」』]");
    private static final Pattern NEXT_QUOTE = Pattern.compile("^[、和与及]?[“\"「『][^”\"」』“]{1,16}[”\"」』]");
    private static final Pattern CUE = Pattern.compile("^(?:的)?(?:工作|学习|激励|考核|管理|帮扶|运行|长效)?(制度|机制|模式|办法|要求|底线目标|目标任务|政策|"
            + "活动|行动|工程|计划|专项行动|项目|培训|夜校|课堂|讲堂|学堂|村党组织|党组织|示范村|先进村|品牌|(?:综合)?改革)");
    private static final Pattern SCHEME = Pattern.compile("^[\\u4e00-\\u9fa5]{1,8}?(工程|行动|计划)");
    private static final Pattern AWARD_BEFORE = Pattern.compile("(评为|获评|荣获|授予|命名为|入选|被评|获得)[^，,。；]{0,6}$");
    private static final Pattern TRAINING_NAME = Pattern.compile("夜校|培训|课堂|讲堂|学堂|学校|党校");
    private static final Pattern ENUMERATION = Pattern.compile(
            "(引进|推进|建设|实施|打造|启动|谋划|开工|新建|建成|落地|推动|落实好|落实|争取|申报)"
                    + "((?:[^，,。；;：:、“”]{2,40}、)*[^，,。；;：:、“”]{2,40}?)"
                    + "(等|两个|三个|四个|五个|六个|\\d+个|[一二三四五六七八九十]+个)?(?:重点|重大|民生|产业|优惠|惠民|帮扶|扶持)?"
                    + "(?:工程)?(项目|政策|措施|工程)");
    private static final Pattern INDUSTRY = Pattern.compile(
            "(引进|发展|建设|实施|建成|兴建|新建)(?:了)?(?:[\\d.]+[万亿]?(?:多|余)?(?:亩|平方米|个|座|处))?"
                    + "([^，,。；;、“”的\\d]{2,12}?(?:产业|电站|产业园|园区|工程|基地))(?![园区])");
    private static final Pattern LEVELLED_BUILD = Pattern.compile("((?:国家级|省级|自治区级|全国|国家)[\\u4e00-\\u9fa5]{2,14}?"
            + "(?:示范区|示范县|产业园|综合体|示范园|强镇|集群))(?:创建|建设)");
    private static final Pattern BENEFICIARY = Pattern.compile("^(?:好)?(?:脱贫人口|脱贫户|农户|群众|村民|困难群众|监测对象|贫困户)(?:的)?");
    private static final Pattern BATCH = Pattern.compile("(第[一二三四五六七八九十\\d]+批)$");
    private static final Pattern AWARDED_BY = Pattern.compile("被([^，,。；]{2,16}?)(?:评为|授予|命名为|认定为)");
    private static final Pattern SINCE = Pattern.compile("(\\d{4})年(?:至今|以来|起)");
    private static final Pattern FREQUENCY = Pattern.compile("每(月|周|季度|季|年|天|日|半年)(?:开展|组织|举办|召开|进行)?(?:一|1)次");
    private static final Pattern SCHEDULE = Pattern.compile("(?:每)?(周[一二三四五六日天])\\s*(\\d{1,2}[:：]\\d{2})");
    private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(?:(\\d{1,2})日)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年(?!\\d{0,2}月)");
    private static final Pattern START_VERB = Pattern.compile("^(?:开始)?(建设|开工|动工|启动|开建|成立|组建|创办|注册|引进|实施)");
    private static final Pattern DONE_VERB = Pattern.compile("^(建成|竣工|完工|投产|并网发电|并网|投运|运营|投入使用)");
    private static final Pattern FOUNDING = Pattern.compile("成立|组建|创办|注册|挂牌");
    private static final PatternStarts ENUMERATION_STARTS = PatternStarts.of(ENUMERATION);
    private static final PatternStarts INDUSTRY_STARTS = PatternStarts.of(INDUSTRY);

    private final DictionaryMatcher<Lexicons.ProgramEntry> lexicon;

    ProgramStage(Lexicons lexicons) {
        this.lexicon = DictionaryMatcher.of(lexicons.programs);
    }

    DictionaryMatcher<Lexicons.ProgramEntry> lexicon() {
        return lexicon;
    }

    void run(ArticleState st, Sentence s, Supplier<List<Token>> tokens) {
        String t = s.text();
        int base = s.start();
        for (DictionaryMatcher.Hit<Lexicons.ProgramEntry> h : lexicon.find(t)) {
            Names.addProgram(st, s, base + h.start(), base + h.end(), h.value().name(), h.value().kind(), "lexicon:program");
            // A national programme from the lexicon runs in many places: it is not located in this one.
            st.knownProgram(EntityKey.program(h.value().name()).toString());
        }
        quoted(st, s);
        enumerations(st, s);
        industries(st, s);
        ProgramNames.run(st, s, tokens);
    }

    /** Relations that need every programme of the article known first. */
    void relate(ArticleState st, Sentence s) {
        String t = s.text();
        int base = s.start();
        List<Mention> programs = st.mentionsIn(s.start(), s.end()).stream()
                .filter(m -> m.kind().group() == EntityKind.Group.PROGRAM).toList();
        for (Mention m : programs) {
            if (st.insideName(m)) {
                continue;
            }
            if (ProjectSites.sitedAfter(st, s, m)) {
                continue;
            }
            Optional<Mention> subject = Names.subjectBody(st, s, m.start()).or(() -> HonourLists.headingSubject(st, s));
            if (subject.isEmpty() && ProjectSites.builtAt(st, s, m)) {
                continue;
            }
            String place = st.topicPlace(m.start());
            if (subject.isPresent() && awards(subject.get(), m) && subject.get().kind() == EntityKind.GOVERNMENT_BODY) {
                // the body that confers an honour runs it (农业农村部公布…示范村镇名单); the place still holds it
                st.fact(subject.get().entityKey(), RKG.implements_.getURI(), new Term.Ref(m.entityKey()), s,
                        m.start(), m.end(), "rule:awarding-body");
            }
            if (subject.isPresent() && !awards(subject.get(), m)) {
                // "曲子镇党委、政府…": every body of a listed subject runs it
                for (Mention b = subject.get(); b != null; b = Names.nextListed(st, b)) {
                    st.fact(b.entityKey(), RKG.implements_.getURI(), new Term.Ref(m.entityKey()), s, m.start(),
                            m.end(), "rule:subject-body");
                }
            } else if (place != null && !tooWide(st, place, m) && !PERSONAL_HONOUR.matcher(m.text()).find()) {
                st.fact(place, RKG.implements_.getURI(), new Term.Ref(m.entityKey()), s, m.start(), m.end(), "rule:topic-place");
            }
            if (m.kind() != EntityKind.HONOUR) {
                ProgramNames.partners(st, s, m);
            }
            if (place != null) {
                if ((m.kind() == EntityKind.PROJECT || m.kind() == EntityKind.TRAINING || isLocal(st, s, m))
                        && !st.isKnownProgram(m.entityKey())) {
                    st.fact(m.entityKey(), RKG.locatedIn.getURI(), new Term.Ref(projectPlace(st, m, place)), s,
                            m.start(), m.end(), "rule:topic-place");
                }
            }
            if (m.kind() == EntityKind.HONOUR) {
                honourDetails(st, s, m);
            }
        }
        Matcher f = FREQUENCY.matcher(t);
        while (f.find()) {
            int at = base + f.end();
            Optional<Mention> p = st.firstMentionAfter(at, s.end(), x -> x.kind().group() == EntityKind.Group.PROGRAM);
            p.ifPresent(m -> st.fact(m.entityKey(), RKG.frequency.getURI(), Term.Lit.plain(frequencyTerm(f.group(1))),
                    s, base + f.start(), m.end(), "pattern:frequency"));
        }
        Matcher sc = SCHEDULE.matcher(t);
        while (sc.find()) {
            int at = base + sc.start();
            Optional<Mention> p = st.lastMentionBefore(st.paragraphStart(s.start()), at,
                    x -> x.kind() == EntityKind.TRAINING || x.kind() == EntityKind.CAMPAIGN);
            String schedule = sc.group(1) + " " + sc.group(2).replace('：', ':');
            p.ifPresent(m -> st.fact(m.entityKey(), RKG.schedule.getURI(), Term.Lit.zh(schedule), s,
                    base + sc.start(), base + sc.end(), "pattern:schedule"));
        }
        dates(st, s);
    }

    /** Where a policy, campaign or festival is held: "在四井村开展“…”活动", a place in its own name (朋岩村…规划). */
    private static final Pattern HELD_AT = Pattern.compile("在[\\u4e00-\\u9fa5]{2,12}(?:开展|举办|举行|实施|推行|启动)");

    private static boolean isLocal(ArticleState st, Sentence s, Mention m) {
        if (m.kind() == EntityKind.HONOUR) {
            return false;
        }
        if (st.mentionsIn(m.start(), m.end()).stream().anyMatch(x -> x.kind().isDivision() && x.start() == m.start())) {
            return true;
        }
        Matcher held = HELD_AT.matcher(st.text).region(s.start(), m.start());
        return held.find();
    }

    /**
     * A government or Party body named with an honour gives it (公布…示范村名单); a village's own committee
     * named with one ("该村两委…被评为") stands for its village, which the honour goes to.
     */
    private static boolean awards(Mention body, Mention programme) {
        return programme.kind() == EntityKind.HONOUR && (body.kind() == EntityKind.GOVERNMENT_BODY
                || body.kind() == EntityKind.PARTY_ORGANIZATION || body.kind() == EntityKind.VILLAGE_COMMITTEE);
    }

    /** An honour given to a person (中国好人, 全国劳动模范): the place the sentence is about does not hold it. */
    private static final Pattern PERSONAL_HONOUR = Pattern.compile("(?:好人|楷模|劳动模范|标兵|先进个人|乡贤)”?$");

    /** An honour for villages or towns (全国乡村治理示范村) does not go to the province or city a list is from. */
    static boolean tooWide(ArticleState st, String place, Mention m) {
        Entity e = st.entity(place);
        return m.kind() == EntityKind.HONOUR && e != null && (e.kind() == EntityKind.PROVINCE
                || e.kind() == EntityKind.PREFECTURE) && m.text().matches(".*(村|村庄|镇|乡|乡镇|县)");
    }

    private static String projectPlace(ArticleState st, Mention m, String topic) {
        // A division named inside the project's own name (鲁村小米现代农业一体化) places it more precisely,
        // provided it lies within the place the sentence is about.
        for (Mention inner : st.mentionsIn(m.start(), m.end())) {
            if (inner != m && inner.kind().isDivision()
                    && (inner.entityKey().equals(topic) || st.isWithin(inner.entityKey(), topic))) {
                return inner.entityKey();
            }
        }
        return topic;
    }


    private static String frequencyTerm(String unit) {
        return switch (unit) {
            case "月" -> "monthly";
            case "周" -> "weekly";
            case "季度", "季" -> "quarterly";
            case "年" -> "yearly";
            case "半年" -> "half-yearly";
            default -> "daily";
        };
    }

    private void quoted(ArticleState st, Sentence s) {
        String t = s.text();
        Matcher q = QUOTED.matcher(t);
        while (q.find()) {
            int start = s.start() + q.start();
            int end = s.start() + q.end();
            if (st.covered(start + 1, end - 1, x -> x.kind().group() == EntityKind.Group.PROGRAM)) {
                continue;
            }
            String name = q.group(1);
            if (ProgramNames.isBusinessModel(name)) {
                continue; // "公司+合作社+农户" is a business model, not a programme
            }
            // A run of quoted names shares the cue after the last one: “四个不摘”“一个不变”的工作要求
            int after = q.end();
            Matcher next;
            while ((next = NEXT_QUOTE.matcher(t.substring(after))).find()) {
                after += next.end();
            }
            Matcher cue = CUE.matcher(t.substring(after));
            Matcher scheme = SCHEME.matcher(t.substring(after));
            boolean training = TRAINING_NAME.matcher(name).find();
            boolean award = AWARD_BEFORE.matcher(t.substring(0, q.start())).find();
            boolean hasCue = cue.find();
            String cueWord = hasCue ? cue.group(1) : "";
            if (!hasCue && scheme.find()) {
                // "“菌椒果药”四大特色产业提升工程": the quoted name labels a campaign named at more length
                hasCue = true;
                cueWord = scheme.group(1);
            }
            if (!hasCue && !training) {
                continue;
            }
            EntityKind kind;
            String label = name;
            int labelEnd = end;
            if (award && cueWord.matches("村党组织|党组织|示范村|先进村")) {
                kind = EntityKind.HONOUR;
                label = q.group() + cueWord;
                labelEnd = s.start() + after + cue.end();
            } else if (training) {
                kind = EntityKind.TRAINING;
            } else {
                kind = switch (cueWord) {
                    case "活动", "行动", "专项行动", "工程", "计划" -> EntityKind.CAMPAIGN;
                    case "项目" -> EntityKind.PROJECT;
                    case "培训", "夜校", "课堂", "讲堂", "学堂" -> EntityKind.TRAINING;
                    case "村党组织", "党组织", "示范村", "先进村" -> award ? EntityKind.HONOUR : null;
                    // “党建·家”品牌创建: building a brand is a campaign; a brand alone names a product
                    case "品牌" -> award ? EntityKind.HONOUR
                            : t.startsWith("创建", after + cue.end()) || t.startsWith("建设", after + cue.end())
                                    ? EntityKind.CAMPAIGN : null;
                    default -> EntityKind.POLICY;
                };
            }
            if (kind == null || name.matches("[\\d+]+") || name.length() < 2 || cueWord.equals("模式")) {
                continue;
            }
            if (kind == EntityKind.HONOUR) {
                Names.addProgram(st, s, start, labelEnd, label, kind, "pattern:quoted-honour");
                st.altLabel(EntityKey.program(label).toString(), label.replaceAll("[“”\"「」『』]", ""));
            } else {
                Names.addProgram(st, s, start + 1, end - 1, label, kind, "pattern:quoted-name");
            }
        }
    }

    private void enumerations(ArticleState st, Sentence s) {
        Matcher m = ENUMERATION.matcher(s.text());
        for (int from = 0; ENUMERATION_STARTS.find(m, s.text(), from); from = PatternStarts.after(m)) {
            String classifier = m.group(4);
            EntityKind defaultKind = classifier.equals("政策") || classifier.equals("措施") ? EntityKind.POLICY
                    : EntityKind.PROJECT;
            int offset = s.start() + m.start(2);
            String items = m.group(2);
            int pos = 0;
            for (String item : items.split("、")) {
                int itemStart = offset + pos;
                pos += item.length() + 1;
                Matcher b = BENEFICIARY.matcher(item);
                // "申报的…项目": the verb is the relative clause's, the name follows its 的
                int skip = b.find() ? b.end() : item.startsWith("的") ? 1 : 0;
                String name = item.substring(skip);
                int nameStart = itemStart + skip;
                if (name.length() < 3 || name.equals("项目")) {
                    continue;
                }
                List<DictionaryMatcher.Hit<Lexicons.ProgramEntry>> known = lexicon.find(name);
                if (!known.isEmpty() && (known.get(0).end() - known.get(0).start()) * 2 >= name.length()) {
                    // "就业帮扶公益性岗位" is the lexicon's 公益性岗位: one programme across articles.
                    DictionaryMatcher.Hit<Lexicons.ProgramEntry> k = known.get(0);
                    Names.addProgram(st, s, nameStart, nameStart + name.length(), k.value().name(), k.value().kind(),
                            "pattern:enumeration+lexicon");
                    st.altLabel(EntityKey.program(k.value().name()).toString(), name);
                    continue;
                }
                Matcher levelled = LEVELLED_BUILD.matcher(name);
                if (levelled.matches()) {
                    // 国家级乡村振兴示范区建设项目, 省级现代农业产业园建设项目: the levelled programme a place builds
                    Names.addProgram(st, s, nameStart, nameStart + levelled.end(1), levelled.group(1), EntityKind.PROGRAM,
                            "pattern:enumeration-levelled");
                    continue;
                }
                Names.addProgram(st, s, nameStart, nameStart + name.length(), name, kindOfItem(name, defaultKind),
                        "pattern:enumeration");
            }
        }
    }

    private static EntityKind kindOfItem(String name, EntityKind fallback) {
        if (name.matches(".*(补贴|补助|奖补|奖励|岗位|贷款|保险|救助)$")) {
            return EntityKind.SUBSIDY;
        }
        if (TRAINING_NAME.matcher(name).find()) {
            return EntityKind.TRAINING;
        }
        return fallback;
    }

    private void industries(ArticleState st, Sentence s) {
        Matcher m = INDUSTRY.matcher(s.text());
        for (int from = 0; INDUSTRY_STARTS.find(m, s.text(), from); from = PatternStarts.after(m)) {
            int start = s.start() + m.start(2);
            int end = s.start() + m.end(2);
            Matcher first = ProgramNames.FIRST_OF_ITS_KIND.matcher(st.text).region(start, end);
            start = first.lookingAt() ? first.end() : start; // 全国首个…实验基地: the base, not its rank
            if (st.mentionsIn(start, end).stream().anyMatch(x -> x.kind().group() == EntityKind.Group.PROGRAM
                    || x.kind().group() == EntityKind.Group.ORGANIZATION)) {
                continue;
            }
            String name = st.text.substring(start, end);
            if (name.endsWith("产业") && ProgramNames.GENERIC_PART.matcher(name.replaceAll("经营性|主导|富民|优势|新兴", ""))
                    .replaceAll("").length() < 2) {
                continue; // 特色产业, 生态产业: a kind of industry, not one named
            }
            Names.addProgram(st, s, start, end, name, EntityKind.PROJECT, "pattern:industry");
        }
    }

    private static void honourDetails(ArticleState st, Sentence s, Mention m) {
        String before = st.text.substring(s.start(), m.start());
        Matcher b = BATCH.matcher(before);
        if (b.find()) {
            st.fact(m.entityKey(), RKG.batch.getURI(), Term.Lit.zh(b.group(1)), s, s.start() + b.start(), m.end(),
                    "pattern:honour-batch");
        }
        Matcher by = AWARDED_BY.matcher(before);
        if (by.find()) {
            int from = s.start() + by.start(1);
            int to = s.start() + by.end(1);
            st.mentionsIn(from, to).stream()
                    .filter(x -> x.kind().group() == EntityKind.Group.ORGANIZATION)
                    .findFirst()
                    .ifPresent(org -> st.fact(m.entityKey(), RKG.awardedBy.getURI(), new Term.Ref(org.entityKey()), s,
                            org.start(), m.end(), "pattern:honour-awarded-by"));
        }
        Matcher since = SINCE.matcher(before);
        if (since.find()) {
            st.fact(m.entityKey(), RKG.startDate.getURI(), Term.Lit.typed(since.group(1), XSD.gYear.getURI()), s,
                    s.start() + since.start(), m.end(), "pattern:honour-since");
        }
    }

    private static void dates(ArticleState st, Sentence s) {
        String t = s.text();
        Matcher d = DATE.matcher(t);
        while (d.find()) {
            String rest = t.substring(d.end());
            boolean start = START_VERB.matcher(rest).find();
            boolean done = DONE_VERB.matcher(rest).find();
            if (!start && !done) {
                continue;
            }
            int at = s.start() + d.start();
            Optional<Mention> p = st.lastMentionBefore(s.start(), at, x -> x.kind() == EntityKind.PROJECT);
            if (p.isEmpty()) {
                continue;
            }
            String value = d.group(3) == null
                    ? String.format("%s-%02d", d.group(1), Integer.parseInt(d.group(2)))
                    : String.format("%s-%02d-%02d", d.group(1), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
            String type = d.group(3) == null ? XSD.gYearMonth.getURI() : XSD.date.getURI();
            String prop = start ? RKG.startDate.getURI() : RKG.milestoneDate.getURI();
            Matcher verb = (start ? START_VERB : DONE_VERB).matcher(rest);
            int end = s.start() + d.end() + (verb.find() ? verb.end() : 0);
            st.fact(p.get().entityKey(), prop, Term.Lit.typed(value, type), s, at, end, "pattern:project-date");
        }
        // "2020年，……成立……有限公司": the year a body was founded.
        Matcher f = FOUNDING.matcher(t);
        if (f.find()) {
            Matcher y = YEAR.matcher(t.substring(0, f.start()));
            if (y.find() && !t.substring(y.end(), Math.min(t.length(), y.end() + 2)).matches("(至今|以来|开始|起).*")) {
                int after = s.start() + f.end();
                Optional<Mention> org = st.firstMentionAfter(after, s.end(),
                        x -> x.kind() == EntityKind.COMPANY || x.kind() == EntityKind.COOPERATIVE);
                String year = y.group(1);
                org.ifPresent(o -> st.fact(o.entityKey(), RKG.startDate.getURI(),
                        Term.Lit.typed(year, XSD.gYear.getURI()), s, s.start() + y.start(), o.end(), "pattern:founding-year"));
            }
        }
    }

}
