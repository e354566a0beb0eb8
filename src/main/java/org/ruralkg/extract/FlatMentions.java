package org.ruralkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ruralkg.EntityKind;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.ner.NerTagger;

/**
 * The mentions of an extraction as an NER test set annotates them: flat (no two overlap), the longest name winning
 * (阿里巴巴集团, not also 阿里巴巴; 安吉县农业农村局, not also 安吉县), followed by the tagger's names that extraction
 * did not keep (a foreign city, a club, a name no suffix types). What {@code ruralkg mentions} writes and what the
 * NER evaluations score.
 *
 * <pre>{@code
 * for (FlatMentions.Span s : FlatMentions.of(extraction, tagger)) { ... s.group() ... }
 * }</pre>
 */
public final class FlatMentions {
    private FlatMentions() {
    }

    /**
     * One reported name.
     *
     * @param kind    the ontology class
     * @param mention the extraction's mention, or null for a name only the tagger found
     */
    public record Span(int start, int end, EntityKind kind, Mention mention) {
        /**
         * The group written out: that of the kind, except that a post (村支书, 总理) is reported as {@code post}, not
         * as a person, since it names no one.
         */
        public String group() {
            return kind == EntityKind.POST ? "post" : kind.group().name().toLowerCase(java.util.Locale.ROOT);
        }

        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    /** The flat names of {@code x}, in the order: extraction's (by start), then the tagger's extra names. */
    public static List<Span> of(Extraction x, NerTagger tagger) {
        List<Mention> byPriority = new ArrayList<>(x.mentions());
        // names first (longest first), then programmes, concepts and quantities where no name lies
        byPriority.sort(Comparator.comparingInt((Mention m) -> isName(m.kind()) ? 0 : 1)
                .thenComparingInt(m -> m.start() - m.end()).thenComparingInt(Mention::start));
        List<Span> kept = new ArrayList<>();
        for (Mention m : byPriority) {
            if (kept.stream().noneMatch(k -> k.overlaps(m.start(), m.end()))) {
                kept.add(new Span(m.start(), m.end(), m.kind(), m));
            }
        }
        List<Span> extra = new ArrayList<>();
        String t = x.article().text();
        for (Sentence s : x.sentences()) {
            tagger.tag(t, s.start(), s.end(), (start, end, type) -> {
                Span span = new Span(start, end, switch (type) {
                    case PERSON -> EntityKind.PERSON;
                    case LOCATION -> EntityKind.PLACE;
                    case ORGANIZATION -> EntityKind.ORGANIZATION;
                }, null);
                List<Span> inside = kept.stream().filter(k -> k.overlaps(start, end)).toList();
                if (inside.isEmpty()) {
                    extra.add(span);
                } else if (encloses(span, inside)) {
                    kept.removeAll(inside);
                    kept.add(span);
                }
            });
        }
        kept.sort(Comparator.comparingInt(Span::start));
        List<Span> out = new ArrayList<>(kept);
        out.addAll(extra);
        return out;
    }

    /**
     * Whether the tagger's longer name replaces the extraction's names inside it: an organization or person that
     * holds them whole (武汉市防汛指挥部 over 武汉市, 中国红十字会 over 中国, 岸田文雄 over 田文), as a flat
     * annotation writes the longest name. Places inside a place stay apart, one per level (湖北省 武汉市).
     */
    private static boolean encloses(Span tagged, List<Span> inside) {
        if (tagged.kind() == EntityKind.PLACE) {
            return false;
        }
        for (Span k : inside) {
            if (k.start() < tagged.start() || k.end() > tagged.end() || k.end() - k.start() >= tagged.end() - tagged.start()
                    || !isName(k.kind())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isName(EntityKind k) {
        return k != EntityKind.POST && (k.group() == EntityKind.Group.PLACE
                || k.group() == EntityKind.Group.ORGANIZATION || k.group() == EntityKind.Group.PERSON);
    }
}
