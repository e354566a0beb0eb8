package org.ruralkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ruralkg.EntityKind;
import org.ruralkg.extract.FlatMentions.Span;
import org.ruralkg.nlp.Token;

/**
 * What HanLP's segmentation of a sentence says about the flat names of {@link FlatMentions}: a name that cuts a
 * dictionary word in two is misread (江南 in 嘉陵江|南充, 村振兴 in 乡村|振兴), a word the core dictionary tags as a
 * place is one where nothing else was found (南充, 台中, 西南), a place read whole is one place per level (安阳|殷墟).
 * The edges of names (punctuation, a time or count before a body, 中共, 中美) are {@link NameEdges}'.
 */
final class SegmentedNames {
    private SegmentedNames() {
    }

    /**
     * Whether [start, end) begins or ends inside a word of two or more characters. Person-name words do not count:
     * HanLP's name recognition runs over neighbours (江南和, 国元首), and a place there is still a place.
     */
    static boolean cutsWord(int start, int end, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.start() >= end) {
                break;
            }
            if (t.end() - t.start() >= 2 && !t.pos().startsWith("nr")
                    && (inside(start, t) || inside(end, t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(int at, Token t) {
        return t.start() < at && at < t.end();
    }

    /**
     * Whether a division the gazetteer matched is misread: it starts inside a word (江南 in 嘉陵江|南充), or ends
     * inside one that is no longer place or body named after it (河西 in 河西走廊; not 大连 in 大连港, 浙江 in
     * 浙江队).
     */
    static boolean misreadDivision(int start, int end, List<Token> tokens) {
        if (cut(start, tokens) != null) {
            return true;
        }
        Token lead = wordAt(start, start + 1, tokens);
        if (lead != null && "pcu".indexOf(lead.pos().charAt(0)) >= 0 && end - start > 2) {
            start = lead.end(); // 至|台湾, 和|西南: a preposition or conjunction before the name
        }
        Token last = cut(end, tokens);
        return last != null && last.start() < start || last != null && !last.pos().startsWith("ns")
                && !last.pos().equals("nt");
    }

    /**
     * A person of the tagger widened to the whole of a foreign name it cuts (埃尔|多安, 岸田|文雄,
     * 安东尼·布林|肯): HanLP's name recognition reads the transliteration's end better than the tagger.
     */
    static Span wholePersonName(Span s, List<Token> tokens) {
        if (s.kind() != EntityKind.PERSON) {
            return s;
        }
        int start = s.start();
        int end = s.end();
        for (Token t : tokens) {
            // foreign names only (nrf, nrj): HanLP's Chinese names run into the next word (乔尔一, 于周清来)
            if (t.pos().equals("nrf") || t.pos().equals("nrj")) {
                if (t.end() - t.start() >= 3 && inside(start, t)) {
                    start = t.start();
                }
                if (t.end() - t.start() >= 3 && inside(end, t)) {
                    end = t.end();
                }
            }
        }
        return start == s.start() && end == s.end() ? s : new Span(start, end, s.kind(), s.mention());
    }

    /** The word of two or more characters, not a person's, that {@code at} falls strictly inside, or null. */
    private static Token cut(int at, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.start() >= at) {
                return null;
            }
            if (inside(at, t) && t.end() - t.start() >= 2 && !t.pos().startsWith("nr")) {
                return t;
            }
        }
        return null;
    }

    /**
     * A name of the tagger with its ends moved to word boundaries: a start inside a verb, adverb or preposition
     * moves past it ((横)扫浙江队 → 浙江队), a start inside another word takes the whole word (泽商务区 → 丽泽商务区);
     * an end inside a word moves back before it (嘉陵江南|充 → 嘉陵江, 昆明市|民 → 昆明). Null when too little is left.
     */
    static Span alignToWords(Span s, List<Token> tokens) {
        if (s == null) {
            return null;
        }
        int start = s.start();
        int end = s.end();
        Token first = cut(start, tokens);
        if (first != null) {
            String p = first.pos();
            // a noun the start fell inside is the name's first word (丽泽|商务区); a place word is a name of its own
            // (秘鲁|钱凯港 gives no 鲁钱), and a verb or a function word is no part of one ((横)扫浙江队, 的卡, “运)
            boolean noun = (p.startsWith("n") || p.startsWith("j")) && !p.startsWith("ns");
            start = noun ? first.start() : first.end();
        }
        Token lead = wordAt(start, start + 1, tokens);
        if (lead != null && "pcu".indexOf(lead.pos().charAt(0)) >= 0 && end - start > 2) {
            start = lead.end(); // 至|台湾, 和|西南: a preposition or conjunction before the name
        }
        Token last = cut(end, tokens);
        if (last != null) {
            // an organization's name ends with the noun of a body (上海市第一百货|商店 reads 百货商店 whole);
            // elsewhere the word belongs to what follows (嘉陵江南|充, 昆明市|民, 中东局|势)
            boolean body = last.pos().startsWith("n") && !last.pos().startsWith("ns")
                    && BODY_ENDINGS.indexOf(last.word().charAt(last.word().length() - 1)) >= 0;
            end = s.kind() == EntityKind.ORGANIZATION && body ? last.end() : last.start();
        }
        if (start == s.start() && end == s.end()) {
            return s;
        }
        if (end - start < 2) {
            return null;
        }
        return new Span(start, end, s.kind(), s.mention());
    }

    /**
     * A full Chinese name HanLP's name recognition reads before a post (钟南山|院士) where the tagger ran the name
     * on into the post (钟南山院): a person, over the places the gazetteer found inside it (南山).
     */
    static void personWords(List<Token> tokens, List<Span> kept, List<Span> tagged) {
        for (Token t : tokens) {
            if (!t.pos().equals("nr") || t.end() - t.start() != 3 || !followedByPost(t, tokens)
                    || ADMIN_ENDINGS.indexOf(t.word().charAt(t.word().length() - 1)) >= 0) {
                continue; // 安吉县 is a county whatever the name recognition says
            }
            List<Span> over = tagged.stream().filter(n -> n.overlaps(t.start(), t.end())).toList();
            // a name of the tagger running on from its start into the post (钟南山院|士)
            boolean misread = !over.isEmpty() && over.stream().allMatch(n -> n.start() == t.start() && n.end() > t.end());
            if (misread) {
                tagged.removeAll(over);
                kept.removeIf(k -> k.overlaps(t.start(), t.end()) && k.kind().isDivision());
                if (kept.stream().noneMatch(k -> k.overlaps(t.start(), t.end()))) {
                    tagged.add(new Span(t.start(), t.end(), EntityKind.PERSON, null));
                }
            }
        }
    }

    private static final String ADMIN_ENDINGS = "省市县区州盟旗镇乡村";
    private static final String BODY_ENDINGS = "司局委会社厂院站所行部处队校团组办厅署店";
    private static final String FACILITY_ENDINGS = "馆院场店厦园宫寺庙塔楼桥路街道门站心室部队会司厅局所校";

    private static boolean followedByPost(Token t, List<Token> tokens) {
        return tokens.stream().anyMatch(n -> n.start() == t.end() && n.pos().equals("nnt"));
    }

    /**
     * A person of the tagger that is exactly a foreign place word of the dictionary is that place. An organization
     * of the tagger that is exactly a place word of the dictionary is read as a place where the sentence lists or
     * chains places: after a country (英国|苏格兰) or after 和, 与, 及 or 、 (江南和西南). Elsewhere
     * a city may name a club (罗马 beat 米兰), and the tagger reads that from the context.
     */
    static Span placeNotBody(Span s, List<Token> tokens, String text, List<Span> kept) {
        if (s.kind() == EntityKind.ORGANIZATION && REGION.matcher(text.substring(s.start(), s.end())).matches()) {
            return new Span(s.start(), s.end(), EntityKind.PLACE, null); // 香港特别行政区 is a place, its 政府 a body
        }
        Token word = wordAt(s.start(), s.end(), tokens);
        if (s.kind() == EntityKind.PERSON && word != null && word.pos().equals("nsf")) {
            return new Span(s.start(), s.end(), EntityKind.PLACE, null); // 南斯拉夫: a foreign place, no person
        }
        if (s.kind() != EntityKind.ORGANIZATION || !isDictionaryPlace(wordAt(s.start(), s.end(), tokens))
                || s.start() == 0) {
            return s;
        }
        boolean listed = "和与及、".indexOf(text.charAt(s.start() - 1)) >= 0
                || kept.stream().anyMatch(k -> k.kind() == EntityKind.COUNTRY && k.end() == s.start());
        return listed ? new Span(s.start(), s.end(), EntityKind.PLACE, null) : s;
    }

    /** The word at exactly [start, end), or null. */
    static Token wordAt(int start, int end, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.start() == start && t.end() == end) {
                return t;
            }
            if (t.start() > start) {
                break;
            }
        }
        return null;
    }

    static boolean isDictionaryPlace(Token t) {
        return t != null && (t.pos().equals("ns") || t.pos().equals("nsf")) && t.end() - t.start() >= 2;
    }

    /**
     * Places of the core dictionary (ns, nsf) where neither the extraction nor the tagger put a name, or where
     * the tagger's name cuts the place word (嘉陵江南 over 南充): those names of the tagger give way.
     */
    static void dictionaryPlaces(List<Token> tokens, List<Span> kept, List<Span> extra) {
        for (Token t : tokens) {
            if (!isDictionaryPlace(t) || kept.stream().anyMatch(k -> k.overlaps(t.start(), t.end()))) {
                continue;
            }
            if (runsOn(t, tokens, true, "省州市县区港岛湾河江湖山城府")) {
                continue; // 不列颠|哥伦比亚|省: the start of a longer name
            }
            List<Span> over = extra.stream().filter(e -> e.overlaps(t.start(), t.end())).toList();
            // a longer name of the tagger holding the word whole (武汉市防汛指挥部) stays
            if (over.stream().anyMatch(e -> e.start() <= t.start() && e.end() >= t.end())) {
                continue;
            }
            // the dictionary's place readings are many (王子, 满城): only where the tagger saw a name and cut
            // the word, or next in a chain of places (台湾|台中)
            if (over.isEmpty() && java.util.stream.Stream.concat(kept.stream(), extra.stream())
                    .noneMatch(k -> k.end() == t.start() && k.kind().group() == EntityKind.Group.PLACE)) {
                continue;
            }
            extra.removeAll(over);
            kept.add(new Span(t.start(), t.end(), EntityKind.PLACE, null));
        }
    }

    /**
     * A place the tagger read whole that opens with places, linked ({@code inside}) or dictionary words (安阳殷墟,
     * 甘肃河西走廊, 泰国春武里府): the places not yet found, each on its own, and the rest as one more place when
     * {@code restIsPlace} accepts it; the rest ends at the end of a transliterated word it cuts (萨拉戈|萨). Null when
     * the name does not open that way or nothing is left after the places.
     */
    static List<Span> placeChain(Span tagged, List<Span> inside, List<Token> tokens, String text,
            java.util.function.Predicate<String> restIsPlace) {
        if (inside.stream().anyMatch(k -> k.kind().group() != EntityKind.Group.PLACE || k.start() < tagged.start()
                || k.end() > tagged.end())) {
            return null;
        }
        List<Span> out = new ArrayList<>();
        int at = tagged.start();
        boolean afterCountry = false;
        while (at < tagged.end()) {
            final int from = at;
            Span linked = inside.stream().filter(k -> k.start() == from).findFirst().orElse(null);
            Token word = tokens.stream().filter(w -> w.start() == from && w.end() <= tagged.end()).findFirst()
                    .orElse(null);
            if (linked != null) {
                at = linked.end();
                afterCountry = linked.kind() == EntityKind.COUNTRY;
            } else if (isDictionaryPlace(word)) {
                if (runsOn(word, tokens, false, "省州市县区盟旗镇乡村港岛湾府")) {
                    return null; // 哥伦比亚|省, 临夏|州: the start of a division's name
                }
                out.add(new Span(word.start(), word.end(), EntityKind.PLACE, null));
                at = word.end();
                afterCountry = false;
            } else {
                break;
            }
        }
        if (at == tagged.start() || at >= tagged.end() && out.isEmpty()) {
            return null;
        }
        if (at >= tagged.end()) {
            return out; // 安阳|殷墟: places all through
        }
        final int restStart = at;
        if (inside.stream().anyMatch(k -> k.start() >= restStart)) {
            return null; // places further on: chainRest's case
        }
        int end = tagged.end();
        for (Token w : tokens) {
            if (w.start() < end && end < w.end() && (w.pos().equals("nrf") || w.pos().equals("nsf"))) {
                end = w.end();
            }
        }
        String rest = text.substring(at, end);
        // after a country the rest is its city or province (泰国|春武里府, 肯尼亚|蒙巴萨); after a Chinese place it
        // is as often a landform or a part (天山|北坡, 黄河|流域), left out
        if (out.isEmpty() && !afterCountry) {
            return null; // 四川|甘孜州: only linked places before the rest, chainRest's case
        }
        boolean level = ADMIN_ENDINGS.indexOf(rest.charAt(rest.length() - 1)) >= 0;
        // a building, a site or a part is no level (英国|国家美术馆, 西班牙|广场, 京西|南地区, 日本|西南部)
        if (FACILITY_ENDINGS.indexOf(rest.charAt(rest.length() - 1)) >= 0 || rest.endsWith("地区")
                || "东南西北中".indexOf(rest.charAt(0)) >= 0) {
            return null;
        }
        if ((afterCountry || level) && rest.length() >= 2 && rest.chars().allMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN) && restIsPlace.test(rest)) {
            out.add(new Span(at, end, EntityKind.PLACE, null));
            return out;
        }
        return null; // 夏威夷|环礁水族馆: the tagger's reading of the whole stands
    }

    /** Whether a word opening with one of {@code suffixes} (or, if {@code places}, a place word) follows. */
    private static boolean runsOn(Token t, List<Token> tokens, boolean places, String suffixes) {
        for (Token n : tokens) {
            if (n.start() == t.end()) {
                return places && n.pos().startsWith("ns") || suffixes.indexOf(n.word().charAt(0)) >= 0;
            }
        }
        return false;
    }

    private static final Pattern REGION = Pattern.compile("\\p{IsHan}{2,}(特别行政区|自治区|自治州|自治县)");
}
