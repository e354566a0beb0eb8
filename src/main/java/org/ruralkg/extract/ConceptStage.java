package org.ruralkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ruralkg.link.Concept;
import org.ruralkg.link.Concepts;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.vocab.RKG;

/**
 * Crops and livestock: labels of the concept scheme (and abbreviations such as 薯米果蔬) found in a sentence
 * that speaks of growing or raising become {@code rkg:grows} / {@code rkg:raises} of the company or place
 * doing it. A variety (玉露香梨) also yields its broader crop (梨), so queries for the crop find it.
 */
final class ConceptStage {
    private static final Pattern CROP_CUE = Pattern.compile("种植|栽植|栽种|种了|种上|播种|果园|园|基地|产业|树|棵|株|亩|"
            + "丰产|采摘|育苗|收获|产量|田|枝头|果林|林木|林下|大棚|作物");
    private static final Pattern LIVESTOCK_CUE = Pattern.compile("养殖|养|繁殖|繁育|育|引进|规模|头|只|出栏|存栏|舍|圈|"
            + "成群|放养|散养|牧");
    /** Characters after a livestock or crop word that make it a product or a part, not the thing raised: 牛粪, 牛舍. */
    private static final String NOT_THE_THING = "粪舍肉奶蛋皮毛绒油饼渣";

    private final Concepts concepts;
    private final DictionaryMatcher<List<Concept>> matcher;

    ConceptStage(Concepts concepts, Lexicons lexicons) {
        this.concepts = concepts;
        Map<String, List<Concept>> labels = new LinkedHashMap<>();
        for (String label : concepts.labels()) {
            concepts.byLabel(label).ifPresent(c -> labels.put(label, List.of(c)));
        }
        lexicons.abbreviations.forEach((abbr, parts) -> {
            List<Concept> cs = new ArrayList<>();
            for (String p : parts) {
                concepts.byLabel(p.strip()).ifPresent(cs::add);
            }
            if (!cs.isEmpty()) {
                labels.put(abbr, cs);
            }
        });
        this.matcher = DictionaryMatcher.of(labels);
    }

    void run(ArticleState st, Sentence s) {
        String t = s.text();
        boolean cropCue = CROP_CUE.matcher(t).find();
        boolean livestockCue = LIVESTOCK_CUE.matcher(t).find();
        for (DictionaryMatcher.Hit<List<Concept>> h : matcher.find(t)) {
            int start = s.start() + h.start();
            int end = s.start() + h.end();
            if (h.end() < t.length() && NOT_THE_THING.indexOf(t.charAt(h.end())) >= 0) {
                continue;
            }
            if (!st.mentionsIn(start, end).stream().allMatch(x -> x.kind().group() == EntityKind.Group.PROGRAM
                    || x.kind().group() == EntityKind.Group.CONCEPT)) {
                continue; // 马 in 马家沟村 or 马建国, 桃 in 桃源人家: inside a name, not the thing grown
            }
            for (Concept c : h.value()) {
                st.entity(c.key(), c.kind(), c.prefLabelZh());
                if (h.value().size() == 1) {
                    st.altLabel(c.key(), h.text()); // the article's own name for it: 生猪 for 猪, 茶 for 茶叶
                }
                st.mention(start, end, c.kind(), c.key(), s);
                boolean cue = c.kind() == EntityKind.CROP ? cropCue : livestockCue;
                if (!cue) {
                    continue;
                }
                String grower = grower(st, s, start);
                if (grower == null) {
                    continue;
                }
                String prop = c.kind() == EntityKind.CROP ? RKG.grows.getURI() : RKG.raises.getURI();
                st.fact(grower, prop, new Term.Ref(c.key()), s, start, end, "lexicon:concept");
                Optional<Concept> broader = c.broaderIri() == null ? Optional.empty() : concepts.byIri(c.broaderIri());
                // Only from a variety to its crop (玉露香梨 → 梨, 三花鹅 → 鹅), never up to a group such as 水果 or 家禽.
                broader.filter(b -> b.broaderIri() != null).ifPresent(b -> st.pendingBroader.add(
                        new Fact(grower, prop, new Term.Ref(b.key()), new Evidence(s.index(), start, end, "concept:broader"))));
            }
        }
    }

    /**
     * The crop of a variety is grown too (玉露香梨 → 梨), where the article speaks of that crop as well: the
     * concept scheme's skos:broader answers the rest, so the graph does not assert what the text never names.
     */
    void finish(ArticleState st) {
        for (Fact f : st.pendingBroader) {
            String crop = ((Term.Ref) f.object()).key();
            if (!st.mentionsOf(crop).isEmpty()) {
                st.fact(f.subject(), f.predicate(), f.object(), st.sentences.get(f.evidence().sentence()),
                        f.evidence().start(), f.evidence().end(), f.evidence().method());
            }
        }
    }

    /** Who grows or raises what is named at {@code pos}: a producer named before it in the sentence, else the place. */
    static String grower(ArticleState st, Sentence s, int pos) {
        // A producer earlier in the sentence, unless an enumeration comma (、) separates them: in
        // "A公司蔬菜基地、B(红薯)产业园" the sweet potatoes are not A's.
        Optional<Mention> producer = st.lastMentionBefore(s.start(), pos,
                x -> (x.kind() == EntityKind.COMPANY || x.kind() == EntityKind.COOPERATIVE)
                        && st.text.substring(x.end(), pos).indexOf('、') < 0);
        if (producer.isPresent()) {
            return producer.get().entityKey();
        }
        Optional<Mention> anaphor = OrganizationStage.antecedent(st, s, pos);
        if (anaphor.isPresent()) {
            return anaphor.get().entityKey();
        }
        return st.topicPlace(pos);
    }
}
