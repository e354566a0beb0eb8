package org.ruralkg.link;

import java.util.Objects;
import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;

/**
 * One official administrative division (NBS statistical division code, 2023).
 *
 * <p>Codes follow the ruralkg format: province, prefecture and county 6 digits ("140000", "140500",
 * "140525"), township 9 ("140525113"), village 12 ("140525113220"). Placeholder prefectures such as
 * "市辖区" are not divisions: the districts of a municipality hang directly below it (see
 * {@link Gazetteer}).
 *
 * @param code         ruralkg division code
 * @param name         the name as used in running text: the official name without the committee suffix
 *                     for villages ("鲁村村委会" → "鲁村", "魏家峪村委会" → "魏家峪村",
 *                     "银闸社区居委会" → "银闸社区"); the official name for all other levels
 * @param officialName the name exactly as published ("鲁村村委会", "泽州县")
 * @param level        administrative level
 * @param parentCode   code of the parent division, null for a province
 */
public record Division(String code, String name, String officialName, Level level, String parentCode) {

    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(officialName, "officialName");
        Objects.requireNonNull(level, "level");
        if (code.length() != level.codeLength()) {
            throw new IllegalArgumentException("code '" + code + "' does not have the "
                    + level.codeLength() + " digits of a " + level);
        }
    }

    /** Entity key used in extraction records, e.g. "place/140525113". */
    public String entityKey() {
        return EntityKey.place(code).toString();
    }

    /** The entity kind of this division's level. */
    public EntityKind kind() {
        return level.kind();
    }

    /** Administrative levels, top-down. */
    public enum Level {
        PROVINCE(EntityKind.PROVINCE, 6),
        PREFECTURE(EntityKind.PREFECTURE, 6),
        COUNTY(EntityKind.COUNTY, 6),
        TOWNSHIP(EntityKind.TOWNSHIP, 9),
        VILLAGE(EntityKind.VILLAGE, 12);

        private final EntityKind kind;
        private final int codeLength;

        Level(EntityKind kind, int codeLength) {
            this.kind = kind;
            this.codeLength = codeLength;
        }

        public EntityKind kind() {
            return kind;
        }

        /** Number of digits of a code at this level. */
        public int codeLength() {
            return codeLength;
        }

        /** The level a ruralkg code denotes, judged from its digits; throws for a malformed code. */
        public static Level ofCode(String code) {
            if (code == null || !Gazetteer.isDigits(code)) {
                throw new IllegalArgumentException("not a division code: '" + code + "'");
            }
            switch (code.length()) {
                case 12: return VILLAGE;
                case 9: return TOWNSHIP;
                case 6:
                    if (code.endsWith("0000")) {
                        return PROVINCE;
                    }
                    return code.endsWith("00") ? PREFECTURE : COUNTY;
                default:
                    throw new IllegalArgumentException("division code '" + code + "' must have 6, 9 or 12 digits");
            }
        }
    }
}
