package org.ruralkg.source;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * JSON Lines (.jsonl, .ndjson): one record per line, {@code {"id","title","text","url","date","source"}}, all but
 * {@code text} optional; {@code source} names the publisher, {@code date} is ISO (yyyy-MM-dd, time ignored).
 * Records are parsed with Jena's JSON parser; a malformed record is reported with its line and skipped.
 *
 * <p>Offsets: each character of the decoded {@code text} (and {@code title}) value maps to its position inside the
 * JSON string literal on that line. A character written literally maps exactly to itself; a character written as an
 * escape ({@code \n}, {@code \"}, {@code \u4e2d}) maps to the backslash that starts the escape. Keys may be
 * written with escapes too. Leading and trailing whitespace of the value is dropped.
 */
final class JsonLinesFormat implements Format {

    @Override
    public List<Draft> read(String text, Path file, Consumer<ReadProblem> problems) {
        List<Draft> out = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        int lineNo = 0;
        while (pos < n) {
            lineNo++;
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? n : eol;
            String line = text.substring(pos, end);
            if (!line.isBlank()) {
                Draft d = record(line, pos, lineNo, file, problems);
                if (d != null) {
                    out.add(d);
                }
            }
            pos = end + 1;
        }
        return out;
    }

    private Draft record(String line, int lineStart, int lineNo, Path file, Consumer<ReadProblem> problems) {
        JsonObject obj;
        try {
            JsonValue v = JSON.parseAny(line);
            if (!v.isObject()) {
                problems.accept(new ReadProblem(file, lineNo, "record is not a JSON object"));
                return null;
            }
            obj = v.getAsObject();
        } catch (JsonException e) {
            problems.accept(new ReadProblem(file, lineNo, "malformed JSON: " + oneLine(e.getMessage())));
            return null;
        } catch (RuntimeException e) {
            // Jena's tokenizer fails with other runtime exceptions on some truncated records
            problems.accept(new ReadProblem(file, lineNo, "malformed JSON: incomplete or invalid record"));
            return null;
        }
        String body = string(obj, "text");
        if (body == null || body.isBlank()) {
            problems.accept(new ReadProblem(file, lineNo, "record has no \"text\""));
            return null;
        }
        MappedText textMap = mapValue(line, lineStart, "text", body);
        String titleValue = string(obj, "title");
        MappedText titleMap = titleValue == null ? new MappedText() : mapValue(line, lineStart, "title", titleValue);
        String dateValue = string(obj, "date");
        LocalDate date = null;
        if (dateValue != null && !dateValue.isBlank()) {
            date = isoDate(dateValue);
            if (date == null) {
                problems.accept(new ReadProblem(file, lineNo, "date '" + dateValue + "' is not ISO yyyy-MM-dd; ignored"));
            }
        }
        JsonValue id = obj.get("id");
        String idHint = id == null || id.isNull() ? null
                : id.isString() ? id.getAsString().value() : id.isNumber() ? id.getAsNumber().value().toString() : null;
        return new Draft(idHint, lineNo, true, titleMap.text(), titleMap.offsets(), textMap.text(),
                textMap.offsets(), string(obj, "url"), date, List.of(), blankToNull(string(obj, "source")), List.of());
    }

    private static String string(JsonObject obj, String key) {
        JsonValue v = obj.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static LocalDate isoDate(String s) {
        String t = s.strip();
        if (!t.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
            return null;
        }
        try {
            return LocalDate.parse(t.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").strip();
    }

    /** The decoded value with offsets into the file, trimmed; see the class comment for escaped characters. */
    private static MappedText mapValue(String line, int lineStart, String key, String value) {
        int q = findStringValue(line, key);
        MappedText m = new MappedText();
        int p = q < 0 ? -1 : q + 1;
        int lead = 0;
        while (lead < value.length() && MappedText.isSpace(value.charAt(lead))) {
            lead++;
        }
        for (int k = 0; k < value.length(); k++) {
            int at;
            if (p < 0) {
                at = 0; // literal not found: the reader's offset check reports the record
            } else if (line.charAt(p) == '\\') {
                at = p;
                p += line.charAt(p + 1) == 'u' ? 6 : 2;
            } else {
                at = p++;
            }
            if (k >= lead) {
                m.append(value.charAt(k), lineStart + at);
            }
        }
        return m.trimEnd();
    }

    /**
     * Position of the opening quote of the string value of top-level {@code key} in a JSON object on one line, or
     * -1. A small scanner over the raw text, used only to locate values the parser has already accepted.
     */
    static int findStringValue(String line, String key) {
        int depth = 0;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == '"') {
                int close = endOfString(line, i);
                if (depth == 1) {
                    int j = skipSpace(line, close + 1);
                    if (j < n && line.charAt(j) == ':') {
                        int v = skipSpace(line, j + 1);
                        if (v < n && line.charAt(v) == '"' && key.equals(decodeKey(line.substring(i + 1, close)))) {
                            return v;
                        }
                    }
                }
                i = close;
            }
        }
        return -1;
    }

    /** A key as written between its quotes, escapes decoded ({@code t\u0065xt} is "text"). */
    private static String decodeKey(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        try {
            return JSON.parseAny("\"" + raw + "\"").getAsString().value();
        } catch (RuntimeException e) {
            return raw; // the record parsed, so this does not happen; a wrong key is caught by the offset check
        }
    }

    @Override
    public boolean writes(String source, int offset, String unit) {
        if (source.startsWith(unit, offset)) {
            return true;
        }
        if (unit.length() != 1 || source.charAt(offset) != '\\' || offset + 1 >= source.length()) {
            return false;
        }
        char c = unit.charAt(0);
        return switch (source.charAt(offset + 1)) {
            case '"', '\\', '/' -> c == source.charAt(offset + 1);
            case 'b' -> c == '\b';
            case 'f' -> c == '\f';
            case 'n' -> c == '\n';
            case 'r' -> c == '\r';
            case 't' -> c == '\t';
            case 'u' -> offset + 6 <= source.length() && source.substring(offset + 2, offset + 6)
                    .matches("[0-9A-Fa-f]{4}") && Integer.parseInt(source.substring(offset + 2, offset + 6), 16) == c;
            default -> false;
        };
    }

    private static int endOfString(String s, int open) {
        int i = open + 1;
        while (i < s.length() && s.charAt(i) != '"') {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, s.length() - 1);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
