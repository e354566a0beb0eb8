package org.ruralkg.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads training sentences: the CLUENER2020 train file and the project's own annotated sentences.
 *
 * <pre>{@code List<AnnotatedSentence> s = NerCorpus.readCluener(Path.of("train.json"), true);}</pre>
 */
public final class NerCorpus {
    /** CLUENER types kept, and what they become; book, game, movie and position are left out. */
    private static final Map<String, NerType> CLUENER_TYPES = Map.of(
            "name", NerType.PERSON,
            "company", NerType.ORGANIZATION,
            "government", NerType.ORGANIZATION,
            "organization", NerType.ORGANIZATION,
            "address", NerType.LOCATION,
            "scene", NerType.LOCATION);

    private static final String ADMIN_SUFFIXES = "省市县区州盟旗镇乡村";

    private NerCorpus() {
    }

    /**
     * The sentences of a CLUENER2020 file (pretty-printed JSON objects one after another).
     *
     * @param splitAddresses cut address chains (北京市海淀区中关村大街) into one place per administrative level, as
     *                       news annotation usually does; see {@link #splitAtAdminSuffixes}
     */
    public static List<AnnotatedSentence> readCluener(Path file, boolean splitAddresses) throws IOException {
        List<AnnotatedSentence> out = new ArrayList<>();
        StringBuilder object = new StringBuilder();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                object.append(line).append('\n');
                // Each object is pretty-printed with its closing brace alone at column 0; nothing inside is.
                if (line.equals("}")) {
                    out.add(cluenerSentence(JSON.parse(object.toString()), splitAddresses));
                    object.setLength(0);
                }
            }
        }
        if (!object.toString().isBlank()) {
            throw new IOException(file + ": text after the last object");
        }
        return out;
    }

    private static AnnotatedSentence cluenerSentence(JsonObject o, boolean splitAddresses) {
        String text = o.get("text").getAsString().value();
        List<NerSpan> spans = new ArrayList<>();
        JsonValue labels = o.get("label");
        JsonObject byType = labels == null ? new JsonObject() : labels.getAsObject();
        for (String cluenerType : byType.keys()) {
            NerType type = CLUENER_TYPES.get(cluenerType);
            if (type == null) {
                continue;
            }
            JsonObject surfaces = byType.get(cluenerType).getAsObject();
            for (String surface : surfaces.keys()) {
                for (JsonValue range : surfaces.get(surface).getAsArray()) {
                    JsonArray r = range.getAsArray();
                    int start = r.get(0).getAsNumber().value().intValue();
                    int end = r.get(1).getAsNumber().value().intValue() + 1;
                    if (!text.substring(start, end).equals(surface)) {
                        throw new IllegalArgumentException("span [" + start + ", " + end + ") is not \"" + surface
                                + "\" in \"" + text + "\"");
                    }
                    if (type == NerType.LOCATION && splitAddresses && cluenerType.equals("address")) {
                        spans.addAll(splitAtAdminSuffixes(text, start, end));
                    } else {
                        spans.add(new NerSpan(start, end, type));
                    }
                }
            }
        }
        return new AnnotatedSentence(text, withoutOverlaps(spans));
    }

    /**
     * One place per administrative level: {@code text[start, end)} is cut after each of 省 市 县 区 州 盟 旗 镇 乡 村
     * and 街道 that closes a part of at least two characters and is not followed by another suffix. A tail of one
     * character stays with the part before it.
     */
    static List<NerSpan> splitAtAdminSuffixes(String text, int start, int end) {
        List<NerSpan> parts = new ArrayList<>();
        int partStart = start;
        for (int i = start; i < end; i++) {
            boolean suffix = ADMIN_SUFFIXES.indexOf(text.charAt(i)) >= 0
                    || text.startsWith("街道", i - 1) && i - 1 >= start;
            // 湖州市, 市区: a suffix followed by another is one level, not two
            boolean nextIsSuffix = i + 1 < end && ADMIN_SUFFIXES.indexOf(text.charAt(i + 1)) >= 0;
            if (suffix && !nextIsSuffix && i + 1 - partStart >= 2 && end - (i + 1) != 1) {
                parts.add(new NerSpan(partStart, i + 1, NerType.LOCATION));
                partStart = i + 1;
            }
        }
        if (partStart < end) {
            parts.add(new NerSpan(partStart, end, NerType.LOCATION));
        }
        return parts;
    }

    /**
     * The project's own sentences: one per line, names marked as {@code {PER:李明}}, {@code {LOC:余村}},
     * {@code {ORG:安吉县农业农村局}}; blank lines and lines starting with {@code #} are skipped.
     */
    public static List<AnnotatedSentence> readMarked(Path file) throws IOException {
        List<AnnotatedSentence> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                out.add(parseMarked(line.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** One marked sentence, as in {@link #readMarked}. */
    public static AnnotatedSentence parseMarked(String line) {
        StringBuilder text = new StringBuilder();
        List<NerSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c != '{') {
                text.append(c);
                i++;
                continue;
            }
            int colon = line.indexOf(':', i);
            int close = line.indexOf('}', i);
            if (colon < 0 || close < colon) {
                throw new IllegalArgumentException("unclosed mark at " + i + " in \"" + line + "\"");
            }
            NerType type = switch (line.substring(i + 1, colon)) {
                case "PER" -> NerType.PERSON;
                case "LOC" -> NerType.LOCATION;
                case "ORG" -> NerType.ORGANIZATION;
                default -> throw new IllegalArgumentException("unknown type \"" + line.substring(i + 1, colon)
                        + "\" in \"" + line + "\"");
            };
            int start = text.length();
            text.append(line, colon + 1, close);
            spans.add(new NerSpan(start, text.length(), type));
            i = close + 1;
        }
        return new AnnotatedSentence(text.toString(), spans);
    }

    /**
     * Whether the {@code index}-th CLUENER sentence is one the evaluations hold out: every 10th (0, 10, 20 …), as
     * {@link NerEvaluation#main} and {@code org.ruralkg.bench.MentionsScore} do.
     */
    public static boolean isHeldOut(int index) {
        return index % 10 == 0;
    }

    /** Longest first where two names overlap (CLUENER has a few nested ones). */
    private static List<NerSpan> withoutOverlaps(List<NerSpan> spans) {
        List<NerSpan> byLength = new ArrayList<>(spans);
        byLength.sort(Comparator.comparingInt((NerSpan s) -> s.start() - s.end()).thenComparingInt(NerSpan::start));
        List<NerSpan> kept = new ArrayList<>();
        for (NerSpan s : byLength) {
            if (kept.stream().noneMatch(k -> k.start() < s.end() && s.start() < k.end())) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(NerSpan::start));
        return kept;
    }
}
