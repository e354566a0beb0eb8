package org.ruralkg.extract;

import java.util.List;
import java.util.Map;
import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import org.ruralkg.vocab.RKG;

/**
 * The outlet or body a byline names as the article's source ("（环县融媒体中心）", "（唐山市农业农村局）"): the reader
 * keeps the byline out of the text, so it is no mention, but it is an organization of the article all the same,
 * typed by its name's suffix (a media outlet when none fits) and located in the place its name starts with when
 * the article names that place. The evidence of that fact is the place's first mention in the text.
 */
final class BylineStage {
    private final List<Map.Entry<String, EntityKind>> suffixes;

    BylineStage(Lexicons lexicons) {
        suffixes = lexicons.orgSuffixesLongestFirst();
    }

    /** The key of the byline's organization, or null when the article's byline names none. */
    static String key(String publisher) {
        return publisher == null || publisher.isBlank() ? null : EntityKey.org(publisher.strip()).toString();
    }

    void run(ArticleState st) {
        String key = key(st.article.publisher());
        if (key == null) {
            return;
        }
        String name = st.article.publisher().strip();
        EntityKind kind = suffixes.stream().filter(e -> name.endsWith(e.getKey()) && name.length() > e.getKey().length())
                .map(Map.Entry::getValue).findFirst().orElse(EntityKind.MEDIA_OUTLET);
        st.entity(key, kind, name);
        if (st.hasFact(key, RKG.locatedIn.getURI())) {
            return;
        }
        // the longest place written at the start of the name: 西盟县 of 西盟县融媒体中心 (linked to 西盟佤族自治县)
        Mention where = st.placeNamedAtStart(name);
        if (where != null) {
            st.fact(key, RKG.locatedIn.getURI(), new Term.Ref(where.entityKey()), st.sentenceAt(where.start()),
                    where.start(), where.end(), "rule:byline-place");
        }
    }
}
