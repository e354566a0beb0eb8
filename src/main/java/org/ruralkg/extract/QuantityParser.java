package org.ruralkg.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantities in Chinese text and normalizes them: "1.35万元" is 13500 CNY, "100余万元" at least 1000000 CNY,
 * "3300多亩" at least 3300 亩 (2200000 m²), "近千只" about 1000 head. Units and their factors come from
 * {@code org/ruralkg/lexicon/units.tsv}. Stateless and thread-safe.
 *
 * <pre>{@code List<QuantityMatch> qs = QuantityParser.find("村民人均年收入1.35万元", 0);}</pre>
 */
public final class QuantityParser {

    private record Unit(String dimension, String normalizedUnit, BigDecimal factor) {
    }

    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

    static {
        for (Map<String, String> row : Lexicons.read("units.tsv")) {
            UNITS.put(row.get("unit"), new Unit(row.get("dimension"), row.get("normalized_unit"),
                    new BigDecimal(row.get("multiplier"))));
        }
    }

    private static final String CN_DIGITS = "零〇一二两三四五六七八九十百千万亿";
    private static final String PREFIX_QUALIFIERS = "(?<pre>将近|接近|大约|超过|不到|不足|近|约|超|逾|达)?";
    private static final String NUMBER = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[" + CN_DIGITS + "]+)";
    private static final String MID = "(?<mid>多|余)?";
    private static final Pattern PATTERN;

    static {
        List<String> names = new ArrayList<>(UNITS.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            if (!alt.isEmpty()) {
                alt.append('|');
            }
            alt.append(Pattern.quote(n));
        }
        PATTERN = Pattern.compile(PREFIX_QUALIFIERS + NUMBER + MID + "(?<mult2>[万亿])?" + "(?<mid2>多|余)?"
                + "(?<unit>" + alt + ")" + "(?<post>左右|以上|以下|多)?");
        STARTS = PatternStarts.of(PATTERN);
    }

    /** find() ran the qualifier and number alternations at every character: tried only where a figure can begin. */
    private static final PatternStarts STARTS;

    private QuantityParser() {
    }

    /** All quantities in {@code text}; offsets shifted by {@code base}. */
    public static List<QuantityMatch> find(String text, int base) {
        List<QuantityMatch> out = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        for (int from = 0; STARTS.find(m, text, from); from = PatternStarts.after(m)) {
            QuantityMatch q = toMatch(text, m, base);
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    private static QuantityMatch toMatch(String text, Matcher m, int base) {
        String num = m.group("num");
        String unitName = m.group("unit");
        String mult2 = m.group("mult2");
        if (mult2 != null && UNITS.containsKey(mult2 + unitName)) {
            // "100余万元": keep the unit as written (万元) rather than multiplying the number.
            unitName = mult2 + unitName;
            mult2 = null;
        }
        boolean chinese = !Character.isDigit(num.charAt(0));
        // "2015年" is a date, not a duration; "一是"/"一人领学" are not quantities worth keeping.
        if (unitName.equals("年") && (!chinese && num.length() == 4 || m.group("mid") != null)) {
            return null;
        }
        if (chinese && (num.equals("一") || num.equals("〇") || num.equals("零"))) {
            return null;
        }
        if (chinese && m.start() > 0 && CN_DIGITS.indexOf(text.charAt(m.start() - 1)) >= 0) {
            return null;
        }
        // A digit directly before means the regex started inside a longer number or a date ("2015年6月").
        if (m.start("num") > 0 && Character.isDigit(text.charAt(m.start("num") - 1))) {
            return null;
        }
        if (!chinese && m.end() < text.length() && isDateContinuation(unitName, text, m.end())) {
            return null;
        }
        BigDecimal value = chinese ? parseChinese(num) : new BigDecimal(num.replace(",", ""));
        if (value == null) {
            return null;
        }
        if (mult2 != null) {
            value = value.multiply(mult2.equals("万") ? BigDecimal.valueOf(10000) : BigDecimal.valueOf(100000000));
        }
        Unit unit = UNITS.get(unitName);
        String qualifier = firstNonNull(m.group("pre"), m.group("mid"), m.group("mid2"), m.group("post"));
        QuantityMatch.Bound bound = boundOf(qualifier);
        BigDecimal normalized = value.multiply(unit.factor(), MathContext.DECIMAL64).stripTrailingZeros();
        if (normalized.scale() > 2) {
            normalized = normalized.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        if (normalized.scale() < 0) {
            normalized = normalized.setScale(0);
        }
        BigDecimal stated = value.stripTrailingZeros();
        if (stated.scale() < 0) {
            stated = stated.setScale(0);
        }
        String pre = m.group("pre");
        int start = m.start();
        if ("达".equals(pre)) {
            // "达" (reaches) introduces the figure but says nothing about its precision.
            start = m.start("num");
            qualifier = firstNonNull(m.group("mid"), m.group("mid2"), m.group("post"));
            bound = boundOf(qualifier);
        }
        return new QuantityMatch(base + start, base + m.end(), text.substring(start, m.end()), stated, unitName,
                bound, qualifier, normalized, unit.normalizedUnit(), unit.dimension());
    }

    private static boolean isDateContinuation(String unit, String text, int end) {
        // "6月" after "2017年" or "18:00" style times are handled by the date reader, not here.
        return (unit.equals("年")) && end < text.length() && Character.isDigit(text.charAt(end));
    }

    private static QuantityMatch.Bound boundOf(String q) {
        if (q == null) {
            return QuantityMatch.Bound.EXACT;
        }
        return switch (q) {
            case "多", "余", "超", "超过", "逾", "以上" -> QuantityMatch.Bound.AT_LEAST;
            case "不到", "不足", "以下" -> QuantityMatch.Bound.AT_MOST;
            default -> QuantityMatch.Bound.APPROXIMATELY;
        };
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... xs) {
        for (T x : xs) {
            if (x != null) {
                return x;
            }
        }
        return null;
    }

    private static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '两' -> 2;
            default -> {
                int i = "零一二三四五六七八九".indexOf(c);
                yield i;
            }
        };
    }

    /** Value of a Chinese numeral such as 三百五十, 两万, 百, 近千's 千; null if it is not well-formed. */
    static BigDecimal parseChinese(String s) {
        long total = 0;
        long section = 0;
        long digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitOf(c);
            if (d >= 0) {
                if (digit > 0 && d != 0) {
                    // "二三" is not a number we read
                    return null;
                }
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                case '亿' -> 100000000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            if (unit >= 10000) {
                section = (section + Math.max(digit, 0)) * unit;
                total += section;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        total += section + Math.max(digit, 0);
        return total == 0 ? null : BigDecimal.valueOf(total);
    }
}
