package org.ruralkg.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.vocabulary.ORG;
import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.vocab.RKG;

/**
 * The facts of one post a person holds (W3C ORG: the person {@code org:holds} a post {@code org:postIn} a body),
 * with the body of a place the title names (党总支书记 of 魏家峪村 sits in 魏家峪村党总支).
 */
final class Posts {
    /** Kinds of post that a place's own bodies hold: a bare 村党支部书记 is the village's, a bare 社长 is no one's. */
    static final Set<EntityKind> PLACE_POSTS = Set.of(EntityKind.PARTY_ORGANIZATION, EntityKind.VILLAGE_COMMITTEE,
            EntityKind.GOVERNMENT_BODY);
    private static final Pattern ROLE_WORD = Pattern.compile("(第一书记|副?书记|副?主任|队长|队员|会计|委员|专干|负责人|副?主席)$");

    private final Lexicons lexicons;
    /** Post titles, longest first. */
    private final List<Map.Entry<String, EntityKind>> titles;

    Posts(Lexicons lexicons, List<Map.Entry<String, EntityKind>> titles) {
        this.lexicons = lexicons;
        this.titles = titles;
    }

    void hold(ArticleState st, Sentence s, String personKey, String written, int tStart, Optional<Mention> org,
            String namedBody, String placeKey, int chainStart, int nameEnd) {
        int tEnd = tStart + written.length();
        String title = titleOf(written);
        Entity named = org.filter(x -> x.end() == tStart && PLACE_POSTS.contains(x.kind())).map(x -> st.entity(x.entityKey())).orElse(null);
        Mention where = named == null || placeKey != null ? null : st.placeNamedAtStart(named.label());
        String unit = where == null ? "" : named.label().substring(where.text().length());
        if (where != null && lexicons.posts.containsKey(unit + title)) {
            // "东萨拉嘎查党支部|书记": the body's own word makes the title (党支部书记), a post of the place it names
            title = unit + title;
            placeKey = where.entityKey();
        }
        String postOrg = org.map(Mention::entityKey).orElse(namedBody);
        if (postOrg == null && placeKey != null) {
            postOrg = bodyOf(st, s, placeKey, title, tStart);
            title = roleInTeam(st, postOrg, title);
        }
        String holder = postOrg != null ? postOrg : placeKey;
        String postKey = EntityKey.post(holder, title).toString();
        Entity holderEntity = st.entity(holder);
        String placeLabel = placeKey != null && st.entity(placeKey) != null ? st.entity(placeKey).label() : "";
        String postLabel = (holderEntity != null && postOrg != null && org.isPresent() ? holderEntity.label() : placeLabel)
                + title;
        st.entity(postKey, EntityKind.POST, postLabel);
        st.mention(tStart, tEnd, EntityKind.POST, postKey, s);
        st.fact(personKey, ORG.holds.getURI(), new Term.Ref(postKey), s, tStart, nameEnd, "pattern:post-name");
        st.fact(postKey, RKG.postTitle.getURI(), Term.Lit.zh(title), s, tStart, tEnd, "pattern:post-name");
        if (postOrg != null) {
            inBody(st, s, personKey, postKey, postOrg, chainStart, nameEnd, "pattern:post-name");
        }
        if (placeKey != null) {
            st.fact(postKey, RKG.postPlace.getURI(), new Term.Ref(placeKey), s, chainStart, nameEnd, "pattern:post-name");
        }
    }

    /** A post in a body, and so its holder a member of that body (org:postIn, org:memberOf). */
    static void inBody(ArticleState st, Sentence s, String personKey, String postKey, String orgKey, int start, int end,
            String method) {
        st.fact(postKey, ORG.postIn.getURI(), new Term.Ref(orgKey), s, start, end, method);
        st.fact(personKey, ORG.memberOf.getURI(), new Term.Ref(orgKey), s, start, end, method);
    }

    /**
     * "东萨拉嘎查党支部书记、玛拉沁艾力养牛专业合作社理事长吴云波": posts in two bodies, each title after its own
     * body, joined by 、 before the name; the title before the comma is the person's post in the body before it.
     */
    void earlier(ArticleState st, Sentence s, String personKey, int bodyStart, int nameEnd) {
        if (bodyStart <= s.start() || st.text.charAt(bodyStart - 1) != '、') {
            return;
        }
        int tEnd = bodyStart - 1;
        for (Map.Entry<String, EntityKind> t : titles) { // longest first: 党支部书记 before 书记
            int tStart = tEnd - t.getKey().length();
            if (tStart <= s.start() || !st.text.startsWith(t.getKey(), tStart)) {
                continue;
            }
            Optional<Mention> org = st.lastMentionBefore(s.start(), tStart,
                    x -> x.end() == tStart && x.kind().group() == EntityKind.Group.ORGANIZATION);
            Optional<Mention> place = st.lastMentionBefore(s.start(), tStart, x -> x.end() == tStart && x.kind().isDivision());
            // "东萨拉嘎查党支部书记": the body 东萨拉嘎查党支部 runs into the title; the post is the place's
            Optional<Mention> body = st.mentionsIn(tStart, tStart + 1).stream().filter(x -> x.start() < tStart
                    && x.kind().group() == EntityKind.Group.ORGANIZATION).findFirst();
            Mention bodyPlace = body.map(x -> st.placeNamedAtStart(st.text.substring(x.start(), x.end()))).orElse(null);
            if (org.isEmpty() && place.isEmpty() && bodyPlace != null && body.get().start() + bodyPlace.text().length() == tStart) {
                hold(st, s, personKey, t.getKey(), tStart, Optional.empty(), body.get().entityKey(), bodyPlace.entityKey(),
                        body.get().start(), nameEnd);
                return;
            }
            if (org.isPresent() || place.isPresent()) {
                hold(st, s, personKey, t.getKey(), tStart, org, null, place.map(Mention::entityKey).orElse(null),
                        tStart, nameEnd);
                return;
            }
        }
    }

    /** A role without the word saying where it is served: 驻村第一书记 is the village's 第一书记 (not 驻村工作队队长). */
    private static String titleOf(String written) {
        if (written.startsWith("驻村") && written.length() > 4) {
            String rest = written.substring(2);
            Matcher role = ROLE_WORD.matcher(rest);
            if (role.find() && role.start() == 0) {
                return rest;
            }
        }
        return written;
    }

    /**
     * The post in a work team sent to a place is the role in that team (队长 of 四井村驻村工作队), not a post
     * of the place as party and village posts are (党支部书记 of 吴庄村).
     */
    private static String roleInTeam(ArticleState st, String body, String title) {
        Entity e = body == null ? null : st.entity(body);
        Matcher r = ROLE_WORD.matcher(title);
        return e != null && e.kind() == EntityKind.WORK_TEAM && r.find() && r.start() > 0 ? title.substring(r.start()) : title;
    }

    /** The body of a place a title belongs to: 党总支书记 of 魏家峪村 sits in 魏家峪村党总支. */
    private String bodyOf(ArticleState st, Sentence s, String placeKey, String title, int at) {
        Matcher r = ROLE_WORD.matcher(title);
        if (!r.find() || r.start() == 0) {
            return null;
        }
        String body = title.substring(0, r.start());
        EntityKind kind = null;
        for (Map.Entry<String, EntityKind> e : titles) {
            if (e.getKey().equals(title)) {
                kind = e.getValue();
            }
        }
        if (kind == null || kind == EntityKind.ORGANIZATION) {
            return null;
        }
        Entity place = st.entity(placeKey);
        if (place == null) {
            return null;
        }
        String key = EntityKey.bodyOf(placeKey, body).toString();
        // 大屯村 + 村党支部 is 大屯村党支部: the title's level word is the place's own suffix
        String label = body.length() > 1 && place.label().endsWith(body.substring(0, 1)) && "村镇乡县市".indexOf(body.charAt(0)) >= 0
                ? place.label() + body.substring(1) : place.label() + body;
        st.entity(key, kind, label);
        st.fact(key, RKG.locatedIn.getURI(), new Term.Ref(placeKey), s, at, at + title.length(), "pattern:post-body");
        return key;
    }
}
