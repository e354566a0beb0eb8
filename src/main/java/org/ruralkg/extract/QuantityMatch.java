package org.ruralkg.extract;

import java.math.BigDecimal;

/**
 * A number with its unit as found in text, and its value in a normalized unit.
 *
 * @param start           offset of the first character (qualifier included)
 * @param end             offset after the unit (exclusive)
 * @param text            the span
 * @param value           value in the stated unit, multipliers applied to the number only when the unit
 *                        carries none (so "100余万元" is 100 万元)
 * @param unit            unit as written (万元, 亩, 头)
 * @param bound           what the qualifier says about the true value
 * @param qualifier       the qualifier as written (多, 余, 近, 约 …), or null
 * @param normalizedValue value in {@code normalizedUnit}
 * @param normalizedUnit  CNY, m2, kg, W, kWh, m, h, d, a, percent, or a count unit (household, person, head,
 *                        tree, item)
 * @param dimension       money, area, mass, power, energy, length, time, percent, count
 */
public record QuantityMatch(int start, int end, String text, BigDecimal value, String unit, Bound bound,
                            String qualifier, BigDecimal normalizedValue, String normalizedUnit, String dimension) {

    /** What an approximation word says about the true value. */
    public enum Bound {
        EXACT("exact"), AT_LEAST("atLeast"), AT_MOST("atMost"), APPROXIMATELY("approximately");

        private final String term;

        Bound(String term) {
            this.term = term;
        }

        /** The value used for rkg:bound. */
        public String term() {
            return term;
        }
    }
}
