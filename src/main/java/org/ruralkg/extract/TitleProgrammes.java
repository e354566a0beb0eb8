package org.ruralkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.vocab.RKG;

/**
 * Programmes the title names ("芦河村成为全国“一村一品”示范村"): a programme of the lexicon or an honour that
 * carries its level, mentioned in the title with the title's own offsets (sentence {@link Mention#TITLE}), and
 * the place the title names before an award verb implements the honour. Runs last: every other stage looks
 * mentions up by their offsets in the text, where a title mention would sit in the wrong place.
 */
final class TitleProgrammes {
    private final DictionaryMatcher<Lexicons.ProgramEntry> lexicon;

    TitleProgrammes(DictionaryMatcher<Lexicons.ProgramEntry> lexicon) {
        this.lexicon = lexicon;
    }

    private record Named(int start, int end, String label, EntityKind kind) {
    }

    void run(ArticleState st) {
        String title = st.article.title();
        if (title.isBlank()) {
            return;
        }
        Sentence s = new Sentence(Mention.TITLE, 0, title.length(), title);
        List<Named> named = new ArrayList<>();
        Matcher l = ProgramNames.LEVELLED_HONOUR.matcher(title);
        while (l.find()) {
            if (!HonourLists.NOT_A_NAME.matcher(l.group()).find()) {
                named.add(new Named(l.start(), l.end(), l.group().replaceAll("[“”]", ""), EntityKind.HONOUR));
            }
        }
        // 一村一品 of 全国“一村一品”示范村: the longer name holds the shorter; “一村一品”村镇 are places of a kind
        for (DictionaryMatcher.Hit<Lexicons.ProgramEntry> h : lexicon.find(title)) {
            if (named.stream().noneMatch(n -> n.start() <= h.start() && h.end() <= n.end())
                    && !PLACES_OF_A_KIND.matcher(title).region(h.end(), title.length()).lookingAt()) {
                named.add(new Named(h.start(), h.end(), h.value().name(), h.value().kind()));
            }
        }
        java.util.Set<String> labels = new java.util.HashSet<>();
        st.entities().forEach(e -> labels.add(e.label()));
        named.forEach(n -> labels.add(n.label()));
        for (Named n : named) {
            if (n.kind() == EntityKind.HONOUR && ProgramNames.isUmbrella(n.label(), labels)) {
                continue; // the list's name, whose two honours the text names
            }
            String key = known(st, n).orElseGet(() -> {
                String k = (n.kind() == EntityKind.HONOUR
                        ? EntityKey.scoped(EntityKey.PROGRAM, n.label(), st.scope(st.focusKey))
                        : EntityKey.program(n.label())).toString();
                st.entity(k, n.kind(), n.label());
                return k;
            });
            Mention m = new Mention(n.start(), n.end(), title.substring(n.start(), n.end()), n.kind(), key, Mention.TITLE);
            st.titleMention(m);
            if (n.kind() == EntityKind.HONOUR) {
                awarded(st, s, m);
            }
        }
    }

    /** The entity of the same kind and label the text has named already. */
    private static Optional<String> known(ArticleState st, Named n) {
        return st.entities().stream().filter(e -> e.kind() == n.kind() && e.label().equals(n.label()))
                .map(Entity::key).findFirst();
    }

    /** "芦河村成为全国…示范村", "A镇入选…": the deepest place named before the award verb holds the honour. */
    private static void awarded(ArticleState st, Sentence s, Mention honour) {
        Matcher cue = AWARDED.matcher(s.text()).region(0, honour.start());
        int verb = -1;
        while (cue.find()) {
            verb = cue.start();
        }
        int before = verb;
        st.titlePlaces.stream().filter(p -> p.end() <= before && st.hasEntity(p.entityKey())
                        && !ProgramStage.tooWide(st, p.entityKey(), honour)) // 河北20个村镇入选…: the villages, not the province
                .max(Comparator.comparingInt((Mention p) -> p.kind().ordinal()).thenComparingInt(Mention::end))
                .ifPresent(p -> st.fact(p.entityKey(), RKG.implements_.getURI(), new Term.Ref(honour.entityKey()), s, p.start(),
                        honour.end(), "rule:title-award"));
    }

    private static final java.util.regex.Pattern PLACES_OF_A_KIND = java.util.regex.Pattern.compile("[”\"」]?(?:村|镇|乡|县)");
    private static final java.util.regex.Pattern AWARDED = java.util.regex.Pattern.compile(
            ProgramNames.AWARD_CUE.pattern() + "|成为|晋级|上榜");
}
