package org.ruralkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ruralkg.EntityKind;
import org.ruralkg.link.Concept;
import org.ruralkg.link.Concepts;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.Token;

/**
 * Crops and animals known by the company they keep: in a list written with 、 whose items are mostly crops the
 * scheme knows (酥脆枣、黄金柚、火龙果、翠冠梨等), the other items are crops too, varieties of the crop their name
 * ends with (酥脆枣 of 枣) or, ending in a crop's first character (黄金柚 of 柚子, 鹅蛋柑 of 柑橘), of their own.
 */
final class ListedCrops {
    /** A farming verb before a crop makes a phrase, not a variety: 都种小麦, 改种洋葱. */
    private static final java.util.regex.Pattern FARMING_VERB = java.util.regex.Pattern.compile("[种养栽]");
    private final ConceptStage stage;
    /** First characters of the two-character crop and animal names (柚 of 柚子), by kind. */
    private final Set<String> heads = new HashSet<>();

    ListedCrops(ConceptStage stage, Concepts concepts) {
        this.stage = stage;
        for (String label : concepts.labels()) {
            concepts.byLabel(label).filter(c -> label.length() == 2)
                    .ifPresent(c -> heads.add(c.kind() + label.substring(0, 1)));
        }
    }

    void run(ArticleState st, Sentence s, List<Token> tokens, boolean cropCue, boolean livestockCue) {
        String t = s.text();
        for (int[] list : lists(t, tokens, s.start())) {
            List<int[]> items = new ArrayList<>();
            for (int[] item : ConceptStage.listItems(t, list[0], list[1])) {
                item[0] = ConceptStage.afterPlaceOrParticle(st, s, t, item[0], item[1]);
                items.add(item);
            }
            List<Concept> known = new ArrayList<>();
            for (int[] item : items) {
                Concept c = stage.whole(t.substring(item[0], item[1]));
                if (c != null) {
                    known.add(c);
                }
            }
            Concept named = namedAfter(t, list[1]);
            if (named == null && (known.isEmpty() || known.size() * 2 < items.size())) {
                continue;
            }
            EntityKind kind = named != null ? named.kind()
                    : known.stream().allMatch(c -> c.kind() == EntityKind.LIVESTOCK) ? EntityKind.LIVESTOCK
                    : EntityKind.CROP;
            for (int[] item : items) {
                String name = t.substring(item[0], item[1]);
                int from = s.start() + item[0];
                int to = s.start() + item[1];
                if (stage.whole(name) != null || name.length() < (named != null ? 2 : 3) || name.length() > 6
                        || !name.chars().allMatch(ch -> Character.isDigit(ch) || Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)) {
                    continue;
                }
                if (named != null) { // 西瓜红、哈密、烟薯25等红薯品种: varieties of the crop the list says
                    List<Mention> there = st.mentionsIn(from, to);
                    if (there.stream().allMatch(m -> m.kind() == EntityKind.PERSON)) {
                        st.drop(there);
                        stage.variety(st, s, from, to, named, cropCue, livestockCue);
                    }
                    continue;
                }
                Concept ending = stage.endingConcept(t, item[0], item[1]);
                boolean own = ending == null && heads.contains(kind + name.substring(name.length() - 1));
                if (ending != null && (ending.kind() != kind || FARMING_VERB.matcher(name).find()) || ending == null && !own) {
                    continue;
                }
                List<Mention> there = st.mentionsIn(from, to);
                if (!there.stream().allMatch(m -> m.kind() == EntityKind.PERSON && m.start() >= from && m.end() <= to)) {
                    continue;
                }
                st.drop(there); // the tagger's person in a list of crops (黄金柚 read as a name with 黄)
                if (own) {
                    ConceptStage.variety(st, s, from, to, kind);
                } else {
                    stage.variety(st, s, from, to, ending, cropCue, livestockCue);
                }
            }
        }
    }

    /** 等红薯品种, 等苹果新品种 after a list: the crop or animal whose varieties it lists, else null. */
    private Concept namedAfter(String t, int listEnd) {
        java.util.regex.Matcher m = VARIETIES_OF.matcher(t).region(listEnd, t.length());
        return m.lookingAt() ? stage.whole(m.group(1)) : null;
    }

    private static final java.util.regex.Pattern VARIETIES_OF =
            java.util.regex.Pattern.compile("等(?:优质|特色|多个|\\d+个)?([\\u4e00-\\u9fa5]{1,4}?)(?:新|优良)?品种");

    /**
     * Runs of names joined by 、 as [start, end) in the sentence: from past the verbs and particles before the
     * first (有酥脆枣) to before the first word after the last one that is no noun (等, 到, 为主).
     */
    private static List<int[]> lists(String t, List<Token> tokens, int base) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).word().equals("、")) {
                i++;
                continue;
            }
            int first = i;
            while (first > 0 && isNounLike(tokens.get(first - 1))) {
                first--;
            }
            int last = i;
            while (last + 1 < tokens.size() && (isNounLike(tokens.get(last + 1)) || tokens.get(last + 1).word().equals("、")
                    || "和及".contains(tokens.get(last + 1).word()))) {
                last++;
            }
            if (first < i) {
                out.add(new int[] {tokens.get(first).start() - base, tokens.get(last).end() - base});
            }
            i = last + 1;
        }
        return out;
    }

    /** A word that may be part of a name: HanLP tags the rare characters of names vi or vg (映/vi 霜 红桃). */
    private static boolean isNounLike(Token t) {
        String p = t.pos();
        if (t.word().equals("号")) {
            return true; // 龙薯9号: a variety's number
        }
        return !t.isPunctuation() && (!t.isVerb() || p.equals("vi") || p.equals("vg")) && !p.startsWith("u") && !p.startsWith("p") && !p.startsWith("c")
                && !p.startsWith("d") && !p.startsWith("r") && !p.startsWith("q") && !p.equals("f")
                && !(p.startsWith("m") && t.word().chars().noneMatch(Character::isDigit));
    }
}
