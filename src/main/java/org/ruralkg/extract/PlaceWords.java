package org.ruralkg.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralkg.EntityKind;
import org.ruralkg.nlp.Sentence;

/**
 * Words that speak of the place a story is about by its level alone: 村里, 全乡, 镇上, 县里. "在乡里的力所咖啡…合作社"
 * is in the township the article is about, even when the sentence last named its prefecture.
 */
final class PlaceWords {
    private static final Pattern LEVEL_WORD = Pattern.compile("(?:村里|村上|全村|本村|该村|村集体|乡里|全乡|本乡|该乡|"
            + "镇上|镇里|全镇|本镇|该镇|县里|全县|本县|该县)(?![委民级])");

    private PlaceWords() {
    }

    /** Words before a place that something comes from or goes to: 从深圳引进, 来自浙江, 卖到了新加坡, 销往. */
    private static final Pattern ELSEWHERE = Pattern.compile("(?:从|来自|销往|运往|发往|远销|出口到?|卖到了?|销到了?)$");

    /** Whether a place named at {@code start} is where something comes from or goes to, not where it is. */
    static boolean isOrigin(String text, int start) {
        return ELSEWHERE.matcher(text).region(Math.max(0, start - 3), start).find();
    }

    /** Verbs of going right before a place: 到潍坊考察, 赴京, 去县城. */
    private static final String GOING = "到赴去来往至";

    /** Whether a place named at {@code start} is where someone goes, not where something is farmed or done. */
    static boolean isGoneTo(String text, int start) {
        return start > 0 && GOING.indexOf(text.charAt(start - 1)) >= 0;
    }

    /** The level of the last such word in {@code text[from, to)}, or null. */
    static EntityKind levelSaid(String text, int from, int to) {
        if (from >= to) {
            return null;
        }
        Matcher m = LEVEL_WORD.matcher(text).region(from, to);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        if (last == null) {
            return null;
        }
        return last.contains("村") ? EntityKind.VILLAGE : last.contains("县") ? EntityKind.COUNTY : EntityKind.TOWNSHIP;
    }

    /** A title that opens with its level (镇党委书记, 村委会主任, 县长): that level, else null. */
    static EntityKind levelOfTitle(String title) {
        if (title.length() < 2) {
            return null;
        }
        return switch (title.charAt(0)) {
            case '村' -> EntityKind.VILLAGE;
            case '镇', '乡' -> EntityKind.TOWNSHIP;
            case '县' -> EntityKind.COUNTY;
            case '省' -> EntityKind.PROVINCE;
            default -> null;
        };
    }

    /**
     * {@code key} or its ancestor at {@code level}, else the article's own place at that level, else the last one
     * of that level named before {@code pos} ("村里成立了…" after 布荣村 in a story titled 广西平果), if within it.
     */
    static String atLevel(ArticleState st, String key, EntityKind level, int pos) {
        for (String k = key; k != null; k = st.parentOf.get(k)) {
            Entity e = st.entity(k);
            if (e != null && e.kind() == level) {
                return k;
            }
        }
        String f = st.focusChain.get(level);
        if (f == null) {
            f = st.lastMentionBefore(0, pos, x -> x.kind() == level && !st.insideName(x)).map(Mention::entityKey)
                    .orElse(null);
        }
        return f != null && (key == null || st.isWithin(f, key)) ? f : null;
    }

    /** Words for the farmers of a place: 银川市农民, 全县农户. */
    private static final Pattern FARMERS = Pattern.compile("(?:的)?(?:广大)?(?:农民|农户|农牧民|村民|群众|老百姓)");

    /**
     * The place whose farmers a sentence names after what they farm, when no place comes before it ("肉牛养殖已成为
     * 银川市农民增收的支柱产业"): that place farms it, not the article's own place.
     */
    static Optional<Mention> placeOfFarmers(ArticleState st, Sentence s, int pos) {
        int from = Math.max(s.start(), st.datelineEnd);
        if (st.lastMentionBefore(from, pos, x -> x.kind().group() == EntityKind.Group.PLACE).isPresent()) {
            return Optional.empty();
        }
        return st.firstMentionAfter(pos, s.end(), x -> x.kind().isDivision() && !st.insideName(x)
                && FARMERS.matcher(st.text).region(x.end(), s.end()).lookingAt());
    }
}
