package org.ruralkg.extract;

import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.vocabulary.RDFS;
import org.ruralkg.link.Discrepancy;
import org.ruralkg.link.Division;
import org.ruralkg.link.PlaceMatch;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.vocab.RKG;

/**
 * Places: divisions linked to the official gazetteer with their code, level and parents up to the province
 * (filled from the gazetteer where the article leaves them out), disagreements with the gazetteer kept as
 * {@code rkg:Discrepancy}, and places that are not divisions (mountains, residential communities) placed where
 * the text puts them. Also decides the article's focus: the most specific division of its title.
 */
final class PlaceStage {
    private static final Pattern FORMERLY = Pattern.compile("(?:原|曾|过去|以前|原来)(?:位于|在|地处|坐落于|坐落在)");
    private static final Pattern LIVES = Pattern.compile("(?:居住|搬迁|迁居|安置|住|搬)(?:在|到|至|于|进)");

    /** A wire report's dateline: outlet, city, date, "电", and the reporters in brackets. */
    static final Pattern DATELINE = Pattern.compile("[^\\n，。]{0,24}?\\d{1,2}月\\d{1,2}日(?:电|讯)(?:[（(][^）)\\n]{0,40}[）)])?");

    private final Function<String, List<PlaceMatch>> linker;

    PlaceStage(Function<String, List<PlaceMatch>> linker) {
        this.linker = linker;
    }

    void run(ArticleState st) {
        Matcher dateline = DATELINE.matcher(st.text);
        st.datelineEnd = dateline.lookingAt() ? dateline.end() : 0;
        String title = st.article.title();
        int shift = title.isEmpty() ? 0 : title.length() + 1;
        String joined = title.isEmpty() ? st.text : title + "\n" + st.text;
        List<PlaceMatch> matches = linker.apply(joined);
        Division focus = null;
        for (PlaceMatch m : matches) {
            if (m.end() <= title.length() && m.isLinked()) {
                if (focus == null || m.division().level().ordinal() >= focus.level().ordinal()) {
                    focus = m.division();
                }
            }
        }
        Division scope = null;
        for (PlaceMatch m : matches) {
            if (m.isLinked() && scope == null && m.end() > title.length()
                    || m.isLinked() && focus != null && m.division().equals(focus)) {
                scope = countyOf(m.chain());
                if (focus != null && m.division().equals(focus)) {
                    break;
                }
            }
        }
        boolean fromBody = false;
        int focusEnd = -1;
        for (PlaceMatch m : matches) {
            int start = m.start() - shift;
            int end = m.end() - shift;
            if (start < 0) {
                if (m.isLinked() && m.end() <= title.length()) {
                    Division d = m.division();
                    st.titlePlaces.add(new Mention(m.start(), m.end(), title.substring(m.start(), m.end()), d.kind(),
                            d.entityKey(), Mention.TITLE));
                }
                continue;
            }
            Sentence s = st.sentenceAt(start);
            if (s == null) {
                continue;
            }
            if (m.isLinked()) {
                Division d = m.division();
                if (focus == null && start >= st.datelineEnd
                        || fromBody && start == focusEnd && d.level().ordinal() > focus.level().ordinal()) {
                    focus = d; // not the city a wire report was filed from; the deepest of a chain (普洱市西盟…力所拉祜族乡)
                    fromBody = true;
                    focusEnd = end;
                }
                addDivision(st, d, s, start, end);
                st.mention(start, end, d.kind(), d.entityKey(), s);
                List<Division> chain = m.chain();
                for (int i = 0; i + 1 < chain.size(); i++) {
                    Division child = chain.get(i);
                    Division parent = chain.get(i + 1);
                    addDivision(st, parent, s, start, end);
                    st.parentOf.put(child.entityKey(), parent.entityKey());
                    st.fact(child.entityKey(), RKG.partOf.getURI(), new Term.Ref(parent.entityKey()), s, start, end,
                            "gazetteer");
                }
                if (m.discrepancy().isPresent()) {
                    discrepancy(st, s, d, m.discrepancy().get(), shift);
                }
            } else if (m.kind() == EntityKind.MOUNTAIN || m.kind() == EntityKind.RESIDENTIAL_COMMUNITY) {
                // Named places are unique only within a county: 幸福家园小区 exists in many towns.
                String key = EntityKey.scoped(EntityKey.PLACE, m.text(), scope == null ? st.article.id() : scope.code()).toString();
                st.entity(key, m.kind(), m.text());
                st.mention(start, end, m.kind(), key, s);
            }
        }
        if (focus != null) {
            st.focusKey = focus.entityKey();
            for (String k = focus.entityKey(); k != null; k = st.parentOf.get(k)) {
                Entity e = st.entity(k);
                if (e != null) {
                    st.focusChain.put(e.kind(), k);
                }
            }
            if (!st.hasEntity(focus.entityKey())) {
                st.focusKey = null;
            }
        }
    }

    /** Places that are not divisions: where they lie, and how the place the sentence is about relates to them. */
    void relate(ArticleState st, Sentence s) {
        for (Mention m : st.mentionsIn(s.start(), s.end())) {
            if (m.kind() != EntityKind.MOUNTAIN && m.kind() != EntityKind.RESIDENTIAL_COMMUNITY) {
                continue;
            }
            String topic = st.topicPlace(m.start());
            if (topic == null) {
                continue;
            }
            String county = st.topicPlace(m.start(), EntityKind.COUNTY);
            if (county != null && st.entity(county) != null && st.entity(county).kind() == EntityKind.COUNTY) {
                st.fact(m.entityKey(), RKG.partOf.getURI(), new Term.Ref(county), s, m.start(), m.end(), "rule:topic-county");
            }
            String before = st.text.substring(s.start(), m.start());
            Matcher f = FORMERLY.matcher(before);
            Matcher l = LIVES.matcher(before);
            int fAt = lastMatch(f);
            int lAt = lastMatch(l);
            if (fAt >= 0 && fAt > lAt) {
                st.fact(topic, RKG.formerlyLocatedIn.getURI(), new Term.Ref(m.entityKey()), s, s.start() + fAt, m.end(),
                        "pattern:formerly-located");
            } else if (lAt >= 0) {
                st.fact(topic, RKG.residentsLiveIn.getURI(), new Term.Ref(m.entityKey()), s, s.start() + lAt, m.end(),
                        "pattern:residents-live");
            }
        }
    }

    /** The county (or the deepest division above it) of a chain listed nearest first. */
    private static Division countyOf(List<Division> chain) {
        for (Division d : chain) {
            if (d.level().ordinal() <= Division.Level.COUNTY.ordinal()) {
                return d;
            }
        }
        return null;
    }

    private static int lastMatch(Matcher m) {
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    private static void addDivision(ArticleState st, Division d, Sentence s, int start, int end) {
        if (!st.hasEntity(d.entityKey())) {
            st.entity(d.entityKey(), d.kind(), d.name());
            if (!d.officialName().equals(d.name())) {
                st.altLabel(d.entityKey(), d.officialName());
            }
            st.fact(d.entityKey(), RKG.divisionCode.getURI(), Term.Lit.plain(d.code()), s, start, end, "gazetteer");
        }
        String surface = st.text.substring(start, end);
        boolean shortForm = surface.length() < d.name().length()
                && d.name().startsWith(surface.substring(0, Math.min(1, surface.length())));
        // a township or county under the level it had when the report was written (谢庄乡 for today's 谢庄镇,
        // 宁河县 for 宁河区)
        boolean formerSuffix = (d.level() == Division.Level.TOWNSHIP || d.level() == Division.Level.COUNTY)
                && !surface.equals(d.name()) && !shortForm;
        if (st.entity(d.entityKey()).label().length() > 0 && (shortForm || formerSuffix)) {
            st.altLabel(d.entityKey(), surface);
        }
    }

    private static void discrepancy(ArticleState st, Sentence s, Division linked, Discrepancy d, int shift) {
        // One node per disagreement, however often the article repeats the same wrong chain.
        String key = "discrepancy/" + st.article.id() + "-" + linked.code() + "-" + d.statedName();
        int start = d.start() - shift;
        int end = d.end() - shift;
        if (start < 0) {
            return;
        }
        st.claim(start, end);
        st.entity(key, EntityKind.DISCREPANCY, linked.name() + "：文中所属“" + d.statedName() + "”与官方区划（"
                + d.officialParent().name() + "）不符");
        addDivision(st, d.officialParent(), s, start, end);
        st.fact(key, RKG.concerns.getURI(), new Term.Ref(linked.entityKey()), s, start, end, "gazetteer:discrepancy");
        st.fact(key, RKG.statedName.getURI(), Term.Lit.zh(d.statedName()), s, start, end, "gazetteer:discrepancy");
        if (d.statedParentName() != null) {
            st.fact(key, RKG.statedParentName.getURI(), Term.Lit.zh(d.statedParentName()), s, start, end,
                    "gazetteer:discrepancy");
        }
        st.fact(key, RKG.officialParent.getURI(), new Term.Ref(d.officialParent().entityKey()), s, start, end,
                "gazetteer:discrepancy");
        if (d.note() != null) {
            st.fact(key, RDFS.comment.getURI(), Term.Lit.zh(d.note()), s, start, end, "gazetteer:discrepancy");
        }
    }
}
