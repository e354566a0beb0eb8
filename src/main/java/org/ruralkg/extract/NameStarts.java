package org.ruralkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralkg.EntityKind;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.nlp.Token;

/**
 * Where the name of an organization found by its suffix begins: over what the word rules cut off, to a quote
 * or a brand, and past the act, the address or the foreign country written before it.
 */
final class NameStarts {
    /** Words that only name a kind of organization (专业, 股份, 经济…), from {@link OrganizationStage}. */
    private final Pattern generic;
    private final DictionaryMatcher<Lexicons.PlaceEntry> countries;

    NameStarts(Pattern generic, DictionaryMatcher<Lexicons.PlaceEntry> countries) {
        this.generic = generic;
        this.countries = countries;
    }

    /**
     * Where a name starts past a verb that runs into a place named with its level (在三浪村建设古蓬镇竹笋加工厂):
     * the verb is the sentence's act, the place opens the name. A business word before other words stays in it, and
     * so does a one-character verb (外事办公室驻布荣村工作队: the office stations the team).
     */
    static int afterAct(ArticleState st, List<Token> tokens, int start, int suffixStart) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token verb = tokens.get(i);
            int next = tokens.get(i + 1).start();
            if (verb.start() >= start && next < suffixStart && verb.pos().startsWith("v") && verb.word().length() > 1
                    && st.mentionsStartingAt(next).stream().anyMatch(m -> m.kind().isDivision() && m.end() <= suffixStart
                    && "省市县区旗镇乡村".indexOf(m.text().charAt(m.text().length() - 1)) >= 0)) {
                start = next;
            }
        }
        return start;
    }

    /**
     * Where a name starts after a full address before it (巴彦淖尔市乌拉特后旗巴音宝力格镇五支渠村股份经济合作社,
     * …克音河乡四井村众瑞谷物种植专业合作社): three or more places down to a town or village say where the body is,
     * not what it is called; the last place stays when the rest names only a kind (股份经济合作社: the village's own).
     */
    int afterAddress(ArticleState st, int start, int suffixStart, int suffixLength, int end) {
        List<Mention> chain = new ArrayList<>();
        for (int at = start; ; ) {
            int from = at;
            Optional<Mention> p = st.mentionsStartingAt(from).stream().filter(m -> m.kind().isDivision()
                    && m.end() <= suffixStart).max(Comparator.comparingInt(Mention::end));
            if (p.isEmpty()) {
                break;
            }
            chain.add(p.get());
            at = p.get().end();
        }
        if (chain.size() < 3) {
            return start;
        }
        Mention last = chain.get(chain.size() - 1);
        if (last.kind() != EntityKind.TOWNSHIP && last.kind() != EntityKind.VILLAGE) {
            return start;
        }
        return generic.matcher(st.text.substring(last.end(), end - suffixLength)).matches() ? last.start() : last.end();
    }

    /** A country other than China opening a name (英国南安普敦大学) says where the body is: null when none does. */
    DictionaryMatcher.Hit<Lexicons.PlaceEntry> foreignCountryAt(ArticleState st, int start, int suffixStart) {
        for (DictionaryMatcher.Hit<Lexicons.PlaceEntry> h : countries.find(st.text.substring(start, suffixStart))) {
            if (h.start() == 0 && h.end() < suffixStart - start - 1 && h.value().kind() == EntityKind.COUNTRY
                    && !h.value().iso().equals("CN")) {
                return h;
            }
        }
        return null;
    }

    /**
     * Moves a name's start left over what the word rules cut off: the rest of a place name it begins inside
     * (龙村 of 五龙村康润佳水果专业合作社), or the start the trained tagger gives the same name when the words
     * before it read as a verb (引进宁夏同春缘农业科技发展有限公司: 同 is not a preposition here).
     */
    static int widen(ArticleState st, Sentence s, int end, int start) {
        int at = start - 1;
        if (start > s.start() + 1 && st.text.charAt(at) == '驻') {
            // "外事办公室驻布荣村工作队": the body that sends the team is part of its name
            Optional<Mention> sender = st.lastMentionBefore(s.start(), at,
                    x -> x.end() == at && x.kind().group() == EntityKind.Group.ORGANIZATION);
            if (sender.isPresent()) {
                return sender.get().start();
            }
        }
        for (org.ruralkg.nlp.ner.NerSpan n : st.namesIn(s, org.ruralkg.nlp.ner.NerType.ORGANIZATION)) {
            if (n.end() == end && n.start() < start && start - n.start() <= 12
                    && st.text.substring(n.start(), start).chars().allMatch(c -> Character.isLetterOrDigit(c))
                    && !Names.notAName(st, s, n.start(), start)) { // not over an act: (着手)筹建合作社
                start = n.start();
            }
        }
        for (Mention m : st.mentionsIn(start, start + 1)) {
            if (m.kind().group() == EntityKind.Group.PLACE && m.start() < start) {
                start = m.start();
            }
        }
        return start;
    }

    /** A brand in quotes is part of the name after it, with the place before it: 山东“山里红”农业发展有限公司. */
    private static final Pattern BRAND = Pattern.compile("[“\"「]([\\u4e00-\\u9fa5]{2,6})[”\"」]$");

    static int withBrand(ArticleState st, Sentence s, int start) {
        Matcher b = BRAND.matcher(st.text).region(Math.max(s.start(), start - 8), start);
        if (!b.find()) {
            return start;
        }
        int at = b.start();
        for (Mention p : st.mentionsIn(at - 1, at)) {
            if (p.kind().group() == EntityKind.Group.PLACE && p.end() == at) {
                at = p.start();
            }
        }
        return at;
    }

    /**
     * The start of a name written in quotes that ends with the suffix ("成立了“七里八乡水产品经济合作社”"): the
     * quotes bound the name better than the words before it. -1 when the name is not quoted.
     */
    static int quotedStart(String text, Sentence s, int suffixStart, int end) {
        if (end >= text.length() || Names.CLOSE_QUOTES.indexOf(text.charAt(end)) < 0) {
            return -1;
        }
        for (int i = suffixStart - 1; i >= s.start() && suffixStart - i <= 40; i--) {
            char c = text.charAt(i);
            if (Names.OPEN_QUOTES.indexOf(c) >= 0 && c != '"' || c == '"' && i + 1 < suffixStart) {
                return i + 1;
            }
            if (Names.CLOSE_QUOTES.indexOf(c) >= 0 || "，。；：！？,;".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }
}
