package org.ruralkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralkg.EntityKind;
import org.ruralkg.nlp.ner.NerTagger;
import org.ruralkg.source.Article;

/** What {@code mentions} reports: flat, the longest name winning, teams and bodies whole. */
class FlatMentionsTest {
    /** The flat mentions of {@code text} as "group:text", checked to overlap nowhere. */
    static List<String> names(String text) {
        Extraction x = Extractor.defaults().extract(Article.ofText("t", text, "test"));
        List<FlatMentions.Span> spans = FlatMentions.of(x, NerTagger.shared());
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i + 1; j < spans.size(); j++) {
                FlatMentions.Span a = spans.get(i);
                FlatMentions.Span b = spans.get(j);
                assertTrue(a.end() <= b.start() || b.end() <= a.start(), "overlap in " + spans);
            }
        }
        return spans.stream().map(s -> s.group() + ":" + text.substring(s.start(), s.end())).toList();
    }

    @Test
    void theLongestNameWinsAndNothingOverlaps() {
        List<String> n = names("阿里巴巴集团宣布向灾区捐款，武汉市防汛指挥部提升了应急响应。");
        assertTrue(n.contains("organization:阿里巴巴集团"), n.toString());
        assertTrue(n.contains("organization:武汉市防汛指挥部"), n.toString());
        assertTrue(n.stream().noneMatch(s -> s.equals("organization:阿里巴巴") || s.equals("place:武汉市")), n.toString());
    }

    @Test
    void placesStayOnePerLevelAndTeamsAreOrganizations() {
        List<String> n = names("湖北省武汉市的中国女排队员与巴西队进行了友谊赛。");
        assertTrue(n.contains("place:湖北省") && n.contains("place:武汉市"), n.toString());
        assertTrue(n.contains("organization:中国女排") && n.contains("organization:巴西队"), n.toString());
    }

    @Test
    void aModelOrganizationMustReadAsOne() {
        List<String> n = names("土耳其南部和叙利亚北部发生地震。");
        assertTrue(n.contains("place:叙利亚"), n.toString());
    }

    @Test
    void aPlaceRightAfterItsCountryIsAPlaceButNotTheStartOfALongerName() {
        List<String> n = names("泰国清迈举办了国际花卉节，加拿大不列颠哥伦比亚省的代表也到场参观。");
        assertTrue(n.contains("place:清迈"), n.toString());
        assertTrue(n.stream().noneMatch(s -> s.equals("place:不列颠")), n.toString());
    }

    @Test
    void postsAreNotPeople() {
        assertEquals("post", new FlatMentions.Span(0, 2, EntityKind.POST, null).group());
        assertEquals("person", new FlatMentions.Span(0, 2, EntityKind.PERSON, null).group());
    }
}
