package org.ruralkg.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A line that states a date and nothing else: "2023年9月1日", "(2023-09-01)", "2023/9/1 08:30". */
final class Dateline {
    private static final Pattern DATE = Pattern.compile(
            "^[(（\\[【]?\\s*(\\d{4})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})\\s*日?"
                    + "(?:[\\sT]*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?\\s*(?:星期.|周.)?\\s*[)）\\]】]?$");

    private Dateline() {
    }

    /** The date stated by {@code line}, or null when the line is not a dateline or not a real date. */
    static LocalDate parse(String line) {
        Matcher m = DATE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
