package org.ruralkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralkg.extract.ExtractorTest.dump;
import static org.ruralkg.extract.ExtractorTest.entity;
import static org.ruralkg.extract.ExtractorTest.extract;
import static org.ruralkg.extract.ExtractorTest.key;

import java.util.List;
import org.apache.jena.vocabulary.ORG;
import org.junit.jupiter.api.Test;
import org.ruralkg.EntityKind;
import org.ruralkg.vocab.RKG;

/**
 * People and their posts beyond the chain "place title name", each on sentences written for this test (none from
 * the seed or the evaluation set): bylines of papers, two bodies in one chain, appointments, anaphoric bodies.
 */
class PostGeneralityTest {
    /** Whether the person labelled {@code person} holds a post titled {@code title} in or at a body labelled {@code holder}. */
    private static boolean holds(Extraction x, String person, String title, String holder) {
        String who = key(x, EntityKind.PERSON, person);
        return x.facts().stream().filter(f -> f.subject().equals(who) && f.predicate().equals(ORG.holds.getURI()))
                .map(f -> ((Term.Ref) f.object()).key())
                .anyMatch(post -> x.facts().stream().anyMatch(f -> f.subject().equals(post) && f.predicate().equals(RKG.postTitle.getURI())
                        && ((Term.Lit) f.object()).lexical().equals(title))
                        && x.facts().stream().anyMatch(f -> f.subject().equals(post)
                                && List.of(ORG.postIn.getURI(), RKG.postPlace.getURI()).contains(f.predicate())
                                && f.object() instanceof Term.Ref r && x.entities().stream()
                                        .anyMatch(e -> e.key().equals(r.key()) && e.label().equals(holder))));
    }

    @Test
    void bylinesNameReportersOfTheOutletAndCorrespondents() {
        Extraction x = extract("", "大众日报讯（记者 孙立新 赵敏 通讯员 钱广）山东省临沂市沂南县铜井镇今年种了五百亩金银花。");
        assertTrue(holds(x, "孙立新", "记者", "大众日报") && holds(x, "赵敏", "记者", "大众日报"), dump(x));
        assertTrue(ExtractorTest.has(x, key(x, EntityKind.PERSON, "孙立新"), ORG.memberOf.getURI(),
                key(x, EntityKind.MEDIA_OUTLET, "大众日报")), dump(x)); // a reporter is a member of the outlet
        key(x, EntityKind.PERSON, "钱广");
        assertFalse(holds(x, "钱广", "记者", "大众日报"), dump(x));
        assertTrue(entity(x, EntityKind.PERSON, "通讯员").isEmpty(), dump(x));
        // the outlet written before 记者 inside the bracket; 本报 names none
        Extraction y = extract("", "本报讯（临沂观察记者 周立 通讯员 吴勇）山东省临沂市沂南县铜井镇今年种了五百亩金银花。");
        key(y, EntityKind.MEDIA_OUTLET, "临沂观察");
        assertTrue(holds(y, "周立", "记者", "临沂观察"), dump(y));
        // a dateline's bare names: its authors, with no title written
        Extraction z = extract("", "中新网临沂5月8日电（柏玮琦 储琳琳）山东省临沂市沂南县铜井镇今年种了五百亩金银花。");
        key(z, EntityKind.PERSON, "柏玮琦");
        key(z, EntityKind.PERSON, "储琳琳");
    }

    @Test
    void postsInChainsOfTwoBodiesByAppointmentAndThroughAnaphors() {
        Extraction x = extract("", "河南省信阳市光山县槐店乡晏岗村成立了光山县晏岗茶叶专业合作社，并与信阳毛尖茶业有限公司签了收购协议。"
                + "合作社理事长胡德明介绍，今年茶叶收购价比去年高。2015年，刘志强当选晏岗村党支部书记。"
                + "担任村委会主任的何春明介绍，村里还要扩种油茶。晏岗村乡村振兴工作队队长李文华说，村里新修了三条路。"
                + "光山县槐店乡司马光村党支部书记魏琳正和村民一起采茶。");
        // the anaphor 合作社 means the cooperative, not the company named since
        assertTrue(holds(x, "胡德明", "理事长", "光山县晏岗茶叶专业合作社"), dump(x));
        assertFalse(holds(x, "胡德明", "理事长", "信阳毛尖茶业有限公司"), dump(x));
        assertTrue(holds(x, "刘志强", "党支部书记", "晏岗村"), dump(x));
        assertTrue(holds(x, "何春明", "村委会主任", "晏岗村"), dump(x));
        assertTrue(holds(x, "李文华", "队长", "晏岗村乡村振兴工作队"), dump(x));
        // an adverb after a two-character name opens the clause
        key(x, EntityKind.PERSON, "魏琳");
        assertTrue(entity(x, EntityKind.PERSON, "魏琳正").isEmpty(), dump(x));
        // a post in each of two bodies, each title after its own body
        Extraction y = extract("", "湖北省黄冈市武穴市梅川镇横岗村党支部书记、武穴市横岗蔬菜专业合作社理事长陈国平说，今年菜价不错。");
        assertTrue(holds(y, "陈国平", "理事长", "武穴市横岗蔬菜专业合作社"), dump(y));
        assertTrue(holds(y, "陈国平", "党支部书记", "横岗村"), dump(y));
    }

    @Test
    void aNameDoesNotEndInsideAWordThatGoesOn() {
        String text = "村里发展胡蜂养殖和山羊肉加工，王建国家有牛，李明都说好。";
        assertTrue(Names.endsMidWord(text, text.indexOf("养殖") + 1), "胡蜂养|殖");
        assertTrue(Names.endsMidWord(text, text.indexOf("羊肉") + 1), "山羊|肉");
        assertFalse(Names.endsMidWord(text, text.indexOf("家有")), "王建国|家: 家 follows names");
        assertFalse(Names.endsMidWord(text, text.indexOf("都说")), "李明|都");
    }

    @Test
    void aBareTitleNamingItsLevelIsAPostOfThePlaceAtThatLevel() {
        Extraction x = extract("", "湖南省湘西土家族苗族自治州花垣县双龙镇十八洞村的猕猴桃今年丰收。"
                + "县委书记罗明说，全县还要把这个经验推开。");
        assertTrue(holds(x, "罗明", "县委书记", "花垣县委"), dump(x));
        assertTrue(x.entities().stream().noneMatch(e -> e.label().equals("十八洞村县委")), dump(x));
    }

    @Test
    void aPaperNamedByItsOwn讯IsTheReportersOutlet() {
        Extraction x = extract("", "南方农村报讯（记者 李明 通讯员 张亮）广东省茂名市高州市根子镇的荔枝今年提前上市。");
        key(x, EntityKind.MEDIA_OUTLET, "南方农村报");
        assertTrue(holds(x, "李明", "记者", "南方农村报"), dump(x));
        Extraction y = extract("", "本报讯（记者 李明）广东省茂名市高州市根子镇的荔枝今年提前上市。");
        assertTrue(entity(y, EntityKind.MEDIA_OUTLET, "本报").isEmpty(), dump(y));
    }

    @Test
    void aPostHeldAtTheTimeTheStoryTells() {
        Extraction x = extract("", "贵州省遵义市湄潭县核桃坝村的茶叶合作社成立于2008年，创办人何明当时是核桃坝村党支部书记。");
        assertTrue(holds(x, "何明", "党支部书记", "核桃坝村"), dump(x));
    }

    @Test
    void aDepartmentOfTheSeatIsABodyOfThePlace() {
        Extraction x = extract("", "浙江省丽水市松阳县推行“乡贤回归”工程。县委统战部牵头联络在外乡贤，县委组织部负责考核。");
        String county = key(x, EntityKind.COUNTY, "松阳县");
        ExtractorTest.assertFact(x, key(x, EntityKind.PARTY_ORGANIZATION, "松阳县委统战部"), RKG.locatedIn.getURI(), county);
        key(x, EntityKind.PARTY_ORGANIZATION, "松阳县委组织部");
    }
}

