package org.ruralkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralkg.EntityKind;
import org.ruralkg.extract.FlatMentions.Span;
import org.ruralkg.nlp.Token;

/**
 * The edges and short forms of the flat names of {@link FlatMentions}: punctuation that pairs with nothing in the
 * name, the time or count before an organization (上周|交通银行, 三家上市公司), 中共 before a Party committee, and
 * countries named by one character (中美两国).
 */
final class NameEdges {
    private NameEdges() {
    }

    /**
     * A name without a quote or bracket at its edge that does not pair with one inside it, nor a leading @ or #
     * (倩倩服装店”, （FTC）, @南昌铁路公安局): the tagger runs over punctuation that closes or opens the text
     * around the name. Null when too little is left.
     */
    static Span balanced(Span s, String text) {
        int start = s.start();
        int end = s.end();
        while (end - start >= 2 && CLOSE.indexOf(text.charAt(end - 1)) >= 0
                && text.substring(start, end - 1).indexOf(OPEN.charAt(CLOSE.indexOf(text.charAt(end - 1)))) < 0) {
            end--;
        }
        while (end - start >= 2 && (OPEN.indexOf(text.charAt(start)) >= 0
                && text.substring(start + 1, end).indexOf(CLOSE.charAt(OPEN.indexOf(text.charAt(start)))) < 0
                || text.charAt(start) == '@' || text.charAt(start) == '#')) {
            start++;
        }
        if (start == s.start() && end == s.end()) {
            return s;
        }
        return end - start >= 2 ? new Span(start, end, s.kind(), s.mention()) : null;
    }

    private static final String OPEN = "“‘（(【《「";
    private static final String CLOSE = "”’）)】》」";

    /**
     * An organization's name without the words before it that are no part of a name: a time (上周, 目前), an
     * adverb, a conjunction, a preposition or a verb; null when what is left is a generic reference, a count or
     * a determiner (三家上市公司, 某股份制银行, 部分银行, 不少公司).
     */
    static Span trimOrganization(Span s, List<Token> tokens, String text) {
        int start = s.start();
        for (Token t : tokens) {
            if (t.end() <= start) {
                continue;
            }
            if (t.start() != start || t.end() >= s.end()) {
                break;
            }
            String p = t.pos();
            if (p.startsWith("r") || p.equals("mq") || DETERMINERS.contains(t.word())
                    || COUNT.matcher(t.word()).matches() || p.equals("m") && counted(t, tokens)) {
                return null;
            }
            // one-character verbs open transliterated names (拉齐奥, 育碧) and firms (兴业银行): only longer ones go
            if (p.startsWith("t") || p.startsWith("d") || p.startsWith("c") || p.startsWith("p")
                    || p.startsWith("u") || p.startsWith("v") && !p.equals("vn") && t.end() - t.start() >= 2
                    || p.equals("vyou") || p.equals("vshi")) {
                start = t.end();
            } else {
                break;
            }
        }
        if (start == s.start() || s.end() - start < 2) {
            return s;
        }
        return new Span(start, s.end(), s.kind(), s.mention());
    }

    /** Whether a classifier follows the numeral {@code m} (三|家): a count, not a name like 三一 or 一汽. */
    private static boolean counted(Token m, List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.start() == m.end() && t.pos().startsWith("q"));
    }

    /** A count segmented as one word (一家, 两所, 几个). */
    private static final Pattern COUNT = Pattern.compile("[一二两三四五六七八九十几多某各每数][家个位批些名座所]");
    private static final Set<String> DETERMINERS = Set.of("部分", "一些", "有些", "多家", "各家", "其他", "其它");

    /**
     * 中共 before a Party committee the extraction found without it (中共|四川省委): the full name, as newswire
     * writes and marks it.
     */
    static Span withPartyPrefix(Span s, String text) {
        if (s.kind() == EntityKind.PARTY_ORGANIZATION && s.start() >= 2
                && text.startsWith("中共", s.start() - 2)) {
            return new Span(s.start() - 2, s.end(), s.kind(), s.mention());
        }
        return s;
    }

    /**
     * Countries named by one character each before a word of relations (中美关系, 中日两国, 中欧双方, 美俄会谈):
     * newswire marks each character as a place.
     */
    static List<Span> countryPairs(String text, int from, int to, List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        Matcher m = PAIR.matcher(text).region(from, to);
        while (m.find()) {
            int start = m.start(1);
            if (tokens.stream().noneMatch(t -> t.start() == start)) {
                continue; // 集中|美: the first character ends another word
            }
            for (int i = start; i < m.end(1); i++) {
                out.add(new Span(i, i + 1, EntityKind.COUNTRY, null));
            }
        }
        return out;
    }

    private static final Pattern PAIR = Pattern.compile("([中美日俄英法德意韩朝越印巴非欧澳蒙柬缅泰菲荷葡]{2,3})"
            + "(?=两国|三国|双方|三方|关系|合作|友好|建交|会谈|会晤|首脑|元首|峰会|战略|联合声明|边境|边界|经贸|贸易|外长"
            + "|领导人|之间|两军|友谊|对话|伙伴|交往|交流|贸易战|谈判|磋商)");
}
