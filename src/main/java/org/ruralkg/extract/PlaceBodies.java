package org.ruralkg.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.vocab.RKG;

/**
 * Bodies of places: those named after a division ("吕梁市委", "魏家峪村党总支", "丰裕镇党委、政府") and those named only
 * relative to the place the article is about ("村党支部", "村“两委”", "乡党委", "村供销合作社"), which become that
 * place's body, located in it.
 */
final class PlaceBodies {
    private static final Pattern RELATIVE = Pattern.compile(
            "(该|本|全)?(支村|村|社区|乡|镇|街道|县|市)?(?:[“\"「]两委[”\"」]|两委|党总支|党支部|党委|党组织|村委会|村民委员会|"
                    + "居委会|驻村帮扶工作队|驻村工作队|工作队|供销合作社|股份经济合作社)"
                    + "|(该|本|全)?(村|乡|镇|县|市)(?:委(?:统战部|组织部|宣传部)?(?![员托屈])|人民政府|政府)");
    private static final PatternStarts RELATIVE_STARTS = PatternStarts.of(RELATIVE);
    private static final Pattern PLACE_BODY = Pattern.compile("^(党委|党工委|委(?:统战部|组织部|宣传部)|委|人民政府|政府|党总支部|党总支|党支部|村委会|村民委员会|"
            + "居委会|委员会)(?![员托屈])");

    private PlaceBodies() {
    }

    static void run(ArticleState st, Sentence s) {
        placeBodies(st, s);
        relativeBodies(st, s);
    }

    /** Whether a name is only a body relative to a place ("村党支部") or an anaphor ("该公司"). */
    static boolean isRelative(String name) {
        return RELATIVE.matcher(name).matches() || Names.ANAPHOR.matcher(name).matches();
    }

    private static void placeBodies(ArticleState st, Sentence s) {
        for (Mention p : List.copyOf(st.mentionsIn(s.start(), s.end()))) {
            if (!p.kind().isDivision() || p.end() >= s.end()) {
                continue;
            }
            Matcher m = PLACE_BODY.matcher(st.text).region(p.end(), s.end());
            if (!m.lookingAt()) {
                continue;
            }
            placeBody(st, s, p, p.start(), m.end(), m.group(1));
            // "丰裕镇党委、政府": the bodies listed after the first are the same place's
            int at = m.end();
            while (at + 1 < s.end() && "、和及".indexOf(st.text.charAt(at)) >= 0
                    && (m = PLACE_BODY.matcher(st.text).region(at + 1, s.end())).lookingAt()) {
                placeBody(st, s, p, at + 1, m.end(), m.group(1));
                at = m.end();
            }
        }
    }

    private static void placeBody(ArticleState st, Sentence s, Mention p, int start, int end, String body) {
        EntityKind kind = switch (body) {
            case "人民政府", "政府" -> EntityKind.GOVERNMENT_BODY;
            case "村委会", "村民委员会", "居委会" -> EntityKind.VILLAGE_COMMITTEE;
            case "委员会" -> EntityKind.ORGANIZATION;
            default -> EntityKind.PARTY_ORGANIZATION;
        };
        Entity place = st.entity(p.entityKey());
        String label = (place == null ? p.text() : place.label()) + body;
        String key = EntityKey.bodyOf(p.entityKey(), body).toString();
        st.entity(key, kind, label);
        if (start == p.start()) {
            st.altLabel(key, st.text.substring(start, end));
        }
        st.mention(start, end, kind, key, s);
        st.fact(key, RKG.locatedIn.getURI(), new Term.Ref(p.entityKey()), s, start, end, "pattern:place-body");
    }

    private static void relativeBodies(ArticleState st, Sentence s) {
        Matcher m = RELATIVE.matcher(s.text());
        for (int from = 0; RELATIVE_STARTS.find(m, s.text(), from); from = PatternStarts.after(m)) {
            int start = s.start() + m.start();
            int end = s.start() + m.end();
            if (st.covered(start, end, x -> x.kind().group() == EntityKind.Group.ORGANIZATION
                    || x.kind() == EntityKind.HONOUR)) {
                continue;
            }
            if (start > 0 && st.covered(start - 1, start, x -> x.kind().isDivision())) {
                continue; // "魏家峪村党总支" is a place body
            }
            if (start > 0 && "各每多".indexOf(st.text.charAt(start - 1)) >= 0) {
                continue; // "各村委会主任": the bodies of many places, not of the one the article is about
            }
            if (m.group().equals("工作队") && sameTeam(st, s, start, end)) {
                continue;
            }
            boolean seat = m.group(4) != null; // 县委, 镇政府
            String det = seat ? m.group(3) : m.group(1);
            String levelWord = seat ? m.group(4) : m.group(2);
            String body = st.text.substring(start + (det == null ? 0 : det.length())
                    + (levelWord == null ? 0 : levelWord.length()), end).replaceAll("[“”\"「」]", "");
            EntityKind level = levelWord == null
                    ? (body.equals("党委") || body.endsWith("工作队") && !body.startsWith("驻村") ? EntityKind.TOWNSHIP
                    : EntityKind.VILLAGE) // a 驻村工作队 is stationed in a village
                    : switch (levelWord) {
                        case "支村", "村", "社区" -> EntityKind.VILLAGE;
                        case "乡", "镇", "街道" -> EntityKind.TOWNSHIP;
                        case "县" -> EntityKind.COUNTY;
                        default -> EntityKind.PREFECTURE;
                    };
            String placeKey = st.topicPlace(start, level);
            Entity place = placeKey == null ? null : st.entity(placeKey);
            if ((place == null || place.kind() != level) && levelWord == null && body.startsWith("驻村")) {
                level = EntityKind.TOWNSHIP; // a town's team sent to its villages, in an article about the town
                placeKey = st.topicPlace(start, level);
                place = placeKey == null ? null : st.entity(placeKey);
            }
            if (place == null || place.kind() != level) {
                continue; // a body of a place the article never names
            }
            if (seat) {
                body = body.equals("委") && levelWord.equals("村") ? "村委会" : levelWord + body; // 县委, 镇政府
            }
            EntityKind kind = body.endsWith("工作队") ? EntityKind.WORK_TEAM
                    : body.endsWith("合作社") ? EntityKind.COOPERATIVE // 村供销合作社: the village's own
                    : body.endsWith("政府") ? EntityKind.GOVERNMENT_BODY
                    : body.equals("村委") ? EntityKind.VILLAGE_COMMITTEE
                    : body.equals("两委") || body.contains("委员会") || body.equals("村委会") || body.equals("居委会")
                    ? EntityKind.VILLAGE_COMMITTEE : EntityKind.PARTY_ORGANIZATION;
            String label = seat && !body.startsWith("村") && place.label().endsWith(levelWord)
                    ? place.label() + body.substring(levelWord.length()) : place.label() + body;
            String key = EntityKey.bodyOf(placeKey, body).toString();
            st.entity(key, kind, label);
            st.mention(start, end, kind, key, s);
            st.fact(key, RKG.locatedIn.getURI(), new Term.Ref(placeKey), s, start, end, "rule:relative-body");
        }
    }

    /** A bare "工作队" after a work team was named is that team again ("驻村工作队…工作队顺势建起…"). */
    private static boolean sameTeam(ArticleState st, Sentence s, int start, int end) {
        Optional<Mention> team = st.lastMentionBefore(0, start, x -> x.kind() == EntityKind.WORK_TEAM);
        team.ifPresent(t -> st.mention(start, end, EntityKind.WORK_TEAM, t.entityKey(), s));
        return team.isPresent();
    }
}
