package org.ruralkg.extract;

import org.ruralkg.EntityKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.XSD;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.vocab.RKG;

/**
 * Quantities with what they measure and whom they are about: "村集体经济年收入100余万元" is a quantity of the
 * village the sentence speaks of, measuring 村集体经济年收入, at least 1000000 CNY; "梨树近5000棵" counts the
 * pear trees of whoever grows them; "100兆瓦" inside a project's name is that project's capacity.
 */
final class QuantityStage {
    /** Compiled once: yearOf runs for every quantity (String.matches compiles its pattern per call). */
    private static final Pattern ANY_YEAR = Pattern.compile(".*\\d{4}年.*");
    /** Where the phrase naming the measured thing begins: after punctuation or a linking word. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,、；;：:（(“”\"。！？\\s]|——");
    private static final Pattern HEAD_NOUN = Pattern.compile("^(收入|产值|资金|投资|分红|收益|效益|利润|营业额|销售额|工资|"
            + "补贴|奖金|贷款|资产|游客|人口|面积|产量|土地|耕地)");
    private static final Pattern LEADING_NOISE = Pattern.compile("^(?:对|在|为|把|将|共|累计|其中|全面|实现|利用|达到|达|每年|每月|年均|经过|经|"
            + "建设|占地面积|从|由|以|有|现有|拥有|新增|已|已经|共计|总计|合计)+");
    private static final Pattern TRAILING_NOISE = Pattern.compile("(?:达到|达|为|是|约|近|共|至|到|超过|的|了|已|增加至|扩大至|增至)+$");
    /** Measures that speak of a place's people or economy: about the place whatever else the sentence names. */
    private static final Pattern PLACE_MEASURE = Pattern.compile("^(?:全?村|村民|村集体|全镇|全乡|全县|镇|乡|县|人均|农民|"
            + "群众|脱贫|贫困|农户|监测|集体)");
    private static final Pattern COUNTED_PROGRAMS = Pattern.compile("^(?:重点|重大|特色|民生)?(?:工程)?(?:项目|工程|政策|措施|产业|任务)");
    private static final Pattern SENTENCE_YEAR = Pattern.compile("(\\d{4})年(?![\\d至以起开]|月|\\d{1,2}月)");

    /** What a quantity is about: whose it is, what it measures, the crop or animal counted, if any. */
    private record Attribution(String subject, String measure, String concept, boolean placeStatistic) {
    }

    void run(ArticleState st, Sentence s, String articleYear) {
        int lastEnd = -1;
        String lastMeasure = "";
        for (QuantityMatch q : QuantityParser.find(s.text(), s.start())) {
            if (measuresNothing(st, s, q)) {
                continue;
            }
            // "57户118人": the second figure measures the same thing as the first.
            String own = q.start() == lastEnd ? null : measure(st.text, s, q);
            String measure = own != null ? own : lastMeasure;
            lastEnd = q.end();
            lastMeasure = measure;
            Optional<Attribution> a = attribute(st, s, q, measure, own);
            if (a.isPresent()) {
                record(st, s, q, a.get(), articleYear);
            }
        }
    }

    /** Figures that are no measurement: durations, phases, ordinals, counts of a list, goals. */
    private static boolean measuresNothing(ArticleState st, Sentence s, QuantityMatch q) {
        if (q.unit().equals("年") || q.unit().equals("期")) {
            return true; // durations ("连续8年") and phases ("二期") describe, they do not measure
        }
        if (q.start() > 0 && st.text.charAt(q.start() - 1) == '第'
                || q.unit().equals("个") && COUNTED_PROGRAMS.matcher(st.text).region(q.end(), st.text.length()).lookingAt()) {
            return true; // "第二批" is an ordinal; "两个重点工程项目" counts the list before it
        }
        return isTarget(st.text, s, q); // "最终达到5000只规模" is a goal, not a fact
    }

    /**
     * Whose the quantity is: the programme or organization whose name holds it, the project it precedes, the
     * grower of the crop or animal it counts, the place for a statistic of people or economy, else the last
     * project or business named in the paragraph, else the sentence's topic. Empty when there is none.
     * {@code own} is {@link #measure} of this very figure when already worked out ({@code measure} may be the one
     * before it: "57户118人"), else null.
     */
    private static Optional<Attribution> attribute(ArticleState st, Sentence s, QuantityMatch q, String measure,
            String own) {
        Optional<Mention> named = st.mentionsIn(q.start(), q.end()).stream()
                .filter(x -> x.kind().group() == EntityKind.Group.PROGRAM
                        || x.kind().group() == EntityKind.Group.ORGANIZATION)
                .findFirst();
        if (named.isPresent()) {
            if (q.dimension().equals("count")) {
                return Optional.empty(); // "四个不摘", "五个好": a number in a name, not a measurement
            }
            return Optional.of(new Attribution(named.get().entityKey(), measureInName(q), null, false));
        }
        Optional<Mention> followed = followedBy(st, q);
        if (followed.isPresent()) {
            // "建设了300亩有机蔬菜种植基地": the figure describes the project that follows it
            return Optional.of(new Attribution(followed.get().entityKey(), measure, null, false));
        }
        Optional<Mention> c = attachedConcept(st, s, q, own != null ? own : measure(st.text, s, q));
        if (c.isPresent()) {
            String grower = Names.grower(st, st.sentenceAt(c.get().start()), c.get().start());
            return attribution(grower, measure, c.get().entityKey(), false);
        }
        if (PLACE_MEASURE.matcher(measure).find()) {
            return attribution(st.topicPlace(q.start(), measureLevel(measure)), measure, null, true);
        }
        String holder = st.lastMentionBefore(st.paragraphStart(s.start()), q.start(),
                        x -> x.kind() == EntityKind.PROJECT || x.kind() == EntityKind.COMPANY
                                || x.kind() == EntityKind.COOPERATIVE || x.kind() == EntityKind.TRAINING)
                .filter(x -> !st.insideName(x))
                .map(Mention::entityKey)
                .orElseGet(() -> st.topicPlace(q.start())); // only when no holder: the topic is a search
        return attribution(holder, measure, null, false);
    }

    private static Optional<Attribution> attribution(String subject, String measure, String concept, boolean place) {
        return subject == null ? Optional.empty() : Optional.of(new Attribution(subject, measure, concept, place));
    }

    /** The words before a figure inside a name are more name ("万鑫顺达100兆瓦"): say what it measures. */
    private static String measureInName(QuantityMatch q) {
        return switch (q.dimension()) {
            case "power" -> "装机容量";
            case "area" -> "面积";
            case "money" -> "投资";
            default -> "规模";
        };
    }

    /** The quantity as an entity of its own, with its value, unit, bound and year, and who has it. */
    private static void record(ArticleState st, Sentence s, QuantityMatch q, Attribution a, String articleYear) {
        String measure = a.measure();
        String key = st.newQuantityKey();
        String label = (measure.isEmpty() ? "" : measure + " ") + q.text();
        st.entity(key, EntityKind.QUANTITY, label);
        st.mention(q.start(), q.end(), EntityKind.QUANTITY, key, s);
        String method = "pattern:quantity";
        st.fact(a.subject(), RKG.hasQuantity.getURI(), new Term.Ref(key), s, q.start(), q.end(), method);
        if (!measure.isEmpty()) {
            st.fact(key, RKG.measure.getURI(), Term.Lit.zh(measure), s, q.start() - measure.length(), q.end(), method);
        }
        st.fact(key, RKG.value.getURI(), Term.Lit.typed(q.value().toPlainString(), XSD.decimal.getURI()), s,
                q.start(), q.end(), method);
        st.fact(key, RKG.unitText.getURI(), Term.Lit.zh(q.unit()), s, q.start(), q.end(), method);
        st.fact(key, RKG.normalizedValue.getURI(),
                Term.Lit.typed(q.normalizedValue().toPlainString(), XSD.decimal.getURI()), s, q.start(), q.end(), method);
        st.fact(key, RKG.normalizedUnit.getURI(), Term.Lit.plain(q.normalizedUnit()), s, q.start(), q.end(), method);
        st.fact(key, RKG.bound.getURI(), Term.Lit.plain(q.bound().term()), s, q.start(), q.end(), method);
        if (q.qualifier() != null) {
            st.fact(key, RKG.qualifier.getURI(), Term.Lit.zh(q.qualifier()), s, q.start(), q.end(), method);
        }
        if (a.concept() != null) {
            st.fact(key, DCTerms.subject.getURI(), new Term.Ref(a.concept()), s, q.start(), q.end(), "rule:concept-amount");
        }
        // The year an article opens with dates its statistics, not the capacities and counts it cites.
        String year = yearOf(s, q, a.placeStatistic() ? articleYear : null);
        if (year != null) {
            st.fact(key, RKG.year.getURI(), Term.Lit.typed(year, XSD.gYear.getURI()), s, q.start(), q.end(),
                    "rule:stated-year");
        }
    }

    private static final Pattern TARGET = Pattern.compile("计划|预计|力争|争取|有望|目标|最终|将达|将实现|将超|拟");

    /** Whether the clause holding the quantity states a plan or goal rather than what is. */
    private static boolean isTarget(String text, Sentence s, QuantityMatch q) {
        String before = text.substring(s.start(), q.start());
        Matcher b = CLAUSE_BREAK.matcher(before);
        int cut = 0;
        while (b.find()) {
            cut = b.end();
        }
        return TARGET.matcher(before.substring(cut)).find();
    }

    private static Optional<Mention> followedBy(ArticleState st, QuantityMatch q) {
        return st.mentionsStartingAt(q.end()).stream().filter(x -> (x.kind() == EntityKind.PROJECT
                || x.kind() == EntityKind.COMPANY || x.kind() == EntityKind.COOPERATIVE)).findFirst();
    }

    private static EntityKind measureLevel(String measure) {
        if (measure.startsWith("全镇") || measure.startsWith("全乡") || measure.startsWith("镇") || measure.startsWith("乡")) {
            return EntityKind.TOWNSHIP;
        }
        if (measure.startsWith("全县") || measure.startsWith("县")) {
            return EntityKind.COUNTY;
        }
        if (measure.startsWith("村") || measure.startsWith("全村")) {
            return EntityKind.VILLAGE;
        }
        return null;
    }

    /** The noun phrase just before the number, within its clause: 村集体经济年收入, 梨树, 占地. */
    static String measure(String text, Sentence s, QuantityMatch q) {
        int from = s.start();
        String before = text.substring(from, q.start());
        Matcher head = HEAD_NOUN.matcher(text.substring(q.end(), s.end()));
        if (before.endsWith("的") && head.find()) {
            // "积攒的2500多万元收入": the measured noun follows the figure
            return head.group(1);
        }
        Matcher b = CLAUSE_BREAK.matcher(before);
        int cut = 0;
        while (b.find()) {
            cut = b.end();
        }
        String m = before.substring(cut);
        m = LEADING_NOISE.matcher(m).replaceFirst("");
        m = TRAILING_NOISE.matcher(m).replaceFirst("");
        if (m.length() > 14) {
            m = m.substring(m.length() - 14);
        }
        return m;
    }

    /**
     * A crop or livestock the count is of: named just before it ({@code own}, the figure's {@link #measure}, bounds
     * how far), or, for head and tree counts, earlier in the paragraph.
     */
    private static Optional<Mention> attachedConcept(ArticleState st, Sentence s, QuantityMatch q, String own) {
        boolean head = q.normalizedUnit().equals("head");
        boolean tree = q.normalizedUnit().equals("tree");
        int clauseStart = q.start() - own.length() - 3;
        Optional<Mention> near = st.lastMentionBefore(Math.max(s.start(), clauseStart), q.start(),
                x -> x.kind() == EntityKind.CROP || x.kind() == EntityKind.LIVESTOCK);
        if (near.isPresent() && (head || tree || q.dimension().equals("area") || q.dimension().equals("mass"))) {
            return near;
        }
        // "百余只三花鹅": the animal follows its count.
        Optional<Mention> after = st.firstMentionAfter(q.end(), Math.min(s.end(), q.end() + 6),
                x -> x.kind() == EntityKind.LIVESTOCK && head || x.kind() == EntityKind.CROP && tree);
        if (after.isPresent()) {
            return after;
        }
        if (head || tree) {
            EntityKind want = head ? EntityKind.LIVESTOCK : EntityKind.CROP;
            return st.lastMentionBefore(st.paragraphStart(s.start()), q.start(), x -> x.kind() == want);
        }
        return Optional.empty();
    }

    private static String yearOf(Sentence s, QuantityMatch q, String articleYear) {
        Matcher y = SENTENCE_YEAR.matcher(s.text());
        String found = null;
        while (y.find()) {
            if (s.start() + y.start() < q.start()) {
                found = y.group(1);
            }
        }
        if (found != null) {
            return found;
        }
        return ANY_YEAR.matcher(s.text()).matches() ? null : articleYear;
    }
}
