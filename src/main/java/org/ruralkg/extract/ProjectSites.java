package org.ruralkg.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralkg.EntityKind;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.vocab.RKG;

/**
 * Where the sentence sites a project, when it says so in words: "保种场就办在…合作社" after the project, or
 * "在三浪村建设…加工厂" before it. The site is where the project lies; who builds it may be someone else.
 */
final class ProjectSites {
    private ProjectSites() {
    }

    /** "……保种场，就办在兰龙村生态畜牧业专业合作社": the place or body the sentence then sites a project in. */
    private static final Pattern SITED = Pattern.compile("[，,]?(?:就|也|已|便)?(?:办在|设在|建在|位于|坐落在|落户在?|安在)");

    /**
     * A project said to be sited in a place or organization named right after it ("保种场就办在…合作社") is that
     * place's, or that body's and located where the body is; the topic of the sentence says less. True when so.
     */
    static boolean sitedAfter(ArticleState st, Sentence s, Mention m) {
        Matcher at = SITED.matcher(st.text).region(m.end(), s.end());
        if (m.kind() != EntityKind.PROJECT || !at.lookingAt()) {
            return false;
        }
        Optional<Mention> where = st.mentionsStartingAt(at.end()).stream()
                .filter(x -> x.kind().isDivision() || x.kind().group() == EntityKind.Group.ORGANIZATION)
                .max(java.util.Comparator.comparingInt(Mention::end)); // the body, not the place its name opens with
        if (where.isEmpty()) {
            return false;
        }
        Mention w = where.get();
        String place = w.kind().isDivision() ? w.entityKey() : null;
        if (place == null) {
            st.fact(w.entityKey(), RKG.implements_.getURI(), new Term.Ref(m.entityKey()), s, m.start(), w.end(), "rule:sited-in");
            // the body's place: the deepest division written in its name, else the one its name starts with
            for (Mention x : st.mentionsIn(w.start(), w.end())) {
                if (x != w && x.kind().isDivision()) {
                    place = x.entityKey();
                }
            }
            List<Mention> chain = st.placeChainAtStart(st.entity(w.entityKey()).label());
            place = chain.size() > 1 || place == null && !chain.isEmpty() ? chain.get(chain.size() - 1).entityKey() : place;
        }
        if (place != null) {
            st.fact(m.entityKey(), RKG.locatedIn.getURI(), new Term.Ref(place), s, m.start(), w.end(), "rule:sited-in");
        }
        return true;
    }

    /** "在三浪村建设古蓬镇竹笋加工厂": the place named between 在 and a verb of building, right before the project. */
    private static final Pattern BUILT_AT = Pattern.compile("在([^，。；,;在]{2,16}?)(?:建设|新建|兴建|修建|筹建|开建|投建|建成|建起|打造)了?$");

    /**
     * A project built at a place the sentence names after 在 lies there, and is built by the place the sentence
     * is about up to 在 (今年古蓬镇…，在三浪村建设…: the town builds it in the village). True when so.
     */
    static boolean builtAt(ArticleState st, Sentence s, Mention m) {
        if (m.kind() != EntityKind.PROJECT) {
            return false;
        }
        Matcher at = BUILT_AT.matcher(st.text).region(s.start(), m.start());
        if (!at.find()) {
            return false;
        }
        int siteEnd = at.end(1);
        Optional<Mention> site = st.mentionsIn(at.start(1), siteEnd).stream()
                .filter(x -> x.kind().isDivision() && x.end() == siteEnd).findFirst();
        if (site.isEmpty()) {
            return false;
        }
        String place = site.get().entityKey();
        st.fact(m.entityKey(), RKG.locatedIn.getURI(), new Term.Ref(place), s, at.start(), m.end(), "rule:built-at");
        String builder = st.topicPlace(at.start());
        if (builder != null && !builder.equals(place)) {
            st.fact(builder, RKG.implements_.getURI(), new Term.Ref(m.entityKey()), s, at.start(), m.end(), "rule:built-at");
        }
        return true;
    }
}
