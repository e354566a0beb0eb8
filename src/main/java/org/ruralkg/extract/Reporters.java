package org.ruralkg.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.vocabulary.ORG;
import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.vocab.RKG;

/** The reporters and correspondents a dateline or a paper's "讯" names in brackets before the text. */
final class Reporters {
    private static final Pattern REPORTER_NAME = Pattern.compile("[\\u4e00-\\u9fa5·]{2,8}");
    /** "（记者 刘毅 柯利华 通讯员 耿文辉）", "（新乡观察记者 赵同增 通讯员 楚振嵩）": the outlet may precede 记者. */
    private static final Pattern REPORTERS = Pattern.compile("[（(]([\\u4e00-\\u9fa5]{2,10}?)?记者[\\s\u3000]*([^）)]{2,40})[）)]");

    /** "电（舒富德 杨秀玲 储玮玮）": a dateline's bracket of bare names, its authors with no title written. */
    private static final Pattern AUTHORS = Pattern.compile("(?:电|讯)[（(]((?:[\\u4e00-\\u9fa5]{2,4}[\\s\u3000]*)+)[）)]");

    private Reporters() {
    }

    /**
     * The people a dateline names. Its reporters (a wire's, or a paper's "讯") hold the post of 记者 at the outlet
     * named in the bracket or opening the text ("本报" names none); the correspondents (通讯员) after them, and bare
     * names with no title written, are people only.
     */
    static void find(ArticleState st, Sentence s) {
        if (s.start() >= Math.max(st.datelineEnd, 1)) {
            return; // only the first sentence: a dateline, or a paper's "湖北日报讯（记者 …）"
        }
        Matcher r = REPORTERS.matcher(st.text).region(s.start(), Math.min(s.start() + 80, s.end()));
        if (!r.find()) {
            Matcher a = AUTHORS.matcher(st.text).region(s.start(), Math.min(s.start() + 80, s.end()));
            Matcher name = REPORTER_NAME.matcher(st.text);
            for (boolean found = a.find() && name.region(a.start(1), a.end(1)).find(); found; found = name.find()) {
                PersonStage.addName(st, s, name.start(), name.end());
            }
            return;
        }
        Optional<Mention> outlet = r.group(1) != null ? bracketOutlet(st, s, r)
                : st.firstMentionAfter(0, r.start(), x -> x.kind() == EntityKind.MEDIA_OUTLET)
                        .or(() -> paperBefore(st, s, r.start()));
        int correspondents = st.text.indexOf("通讯员", r.start(2));
        int reportersEnd = correspondents < 0 || correspondents > r.end(2) ? r.end(2) : correspondents;
        Matcher name = REPORTER_NAME.matcher(st.text).region(r.start(2), r.end(2));
        while (name.find()) {
            if (name.group().equals("通讯员")) {
                continue;
            }
            PersonStage.addName(st, s, name.start(), name.end());
            if (outlet.isPresent() && name.start() < reportersEnd) {
                String person = st.personKey(name.group(), null);
                if (person == null) {
                    continue;
                }
                String post = EntityKey.post(outlet.get().entityKey(), "记者").toString();
                st.entity(post, EntityKind.POST, st.entity(outlet.get().entityKey()).label() + "记者");
                st.fact(person, ORG.holds.getURI(), new Term.Ref(post), s, r.start(), r.end(), "pattern:dateline");
                st.fact(post, RKG.postTitle.getURI(), Term.Lit.zh("记者"), s, r.start(), r.end(), "pattern:dateline");
                Posts.inBody(st, s, person, post, outlet.get().entityKey(), r.start(), r.end(), "pattern:dateline");
            }
        }
    }

    /** A paper named by its own "讯" before the bracket (陇东报讯, 农民日报讯), not 本报; a media outlet. */
    private static Optional<Mention> paperBefore(ArticleState st, Sentence s, int bracket) {
        Matcher p = PAPER.matcher(st.text).region(s.start(), bracket);
        return p.matches() ? outletAt(st, s, p.start(1), p.end(1)) : Optional.empty();
    }

    private static final Pattern PAPER = Pattern.compile("\\s*([\\u4e00-\\u9fa5]{1,10}报)讯\\s*");

    /** The outlet written before 记者 in the bracket (新乡观察记者): a media outlet unless it is the paper itself (本报). */
    private static Optional<Mention> bracketOutlet(ArticleState st, Sentence s, Matcher r) {
        return outletAt(st, s, r.start(1), r.end(1));
    }

    /**
     * The outlet a byline names at [start, end): none for 本报 (the paper itself), the outlet among the organizations
     * already found there, else a new media outlet of that name.
     */
    private static Optional<Mention> outletAt(ArticleState st, Sentence s, int start, int end) {
        String name = st.text.substring(start, end);
        if (name.startsWith("本")) {
            return Optional.empty();
        }
        List<Mention> inside = st.mentionsIn(start, end);
        if (inside.stream().anyMatch(x -> x.kind().group() == EntityKind.Group.ORGANIZATION)) {
            return inside.stream().filter(x -> x.kind() == EntityKind.MEDIA_OUTLET).findFirst();
        }
        String key = EntityKey.org(name).toString();
        st.entity(key, EntityKind.MEDIA_OUTLET, name);
        return Optional.of(st.mention(start, end, EntityKind.MEDIA_OUTLET, key, s));
    }
}
