package org.ruralkg.link;

import java.util.List;
import org.ruralkg.link.Division.Level;

/**
 * Rules deriving the running-text name and the short form of an official division name. Both are always a
 * prefix of the official name, which lets the gazetteer store one string per division.
 */
final class DivisionNames {

    private DivisionNames() {
    }

    /** Committee suffixes of village-level names, longest first; "社区" before them is kept in the name. */
    private static final List<String> COMMITTEE_SUFFIXES =
            List.of("村民委员会", "居民委员会", "村委会", "居委会", "委员会", "村委");

    /**
     * Ethnic groups as they appear in the names of autonomous regions, prefectures and counties
     * ("恩施土家族苗族自治州"); longest first so that "土家" wins over "土".
     */
    private static final List<String> ETHNIC_GROUPS = List.of(
            "柯尔克孜", "乌孜别克", "维吾尔", "哈萨克", "塔吉克", "达斡尔", "俄罗斯", "鄂温克", "塔塔尔", "鄂伦春",
            "蒙古", "布依", "朝鲜", "土家", "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗", "撒拉",
            "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺",
            "高山", "各", "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土",
            "羌", "怒", "京");

    /** Length of the running-text name within the official name (see {@link Division#name()}). */
    static int nameLength(String official, Level level) {
        if (level != Level.VILLAGE) {
            return official.length();
        }
        for (String suffix : COMMITTEE_SUFFIXES) {
            if (official.endsWith(suffix) && official.length() > suffix.length()) {
                int stem = official.length() - suffix.length();
                if (suffix.startsWith("村") && official.charAt(stem - 1) != '村') {
                    return stem + 1; // "魏家峪村委会" names the village "魏家峪村"
                }
                return stem;
            }
        }
        if (official.endsWith("嘎查村")) {
            return official.length() - 1; // "东萨拉嘎查村": 嘎查 is the village; news writes "东萨拉嘎查"
        }
        return official.length();
    }

    /**
     * Length of the short form used in running text for provinces, prefectures and counties ("山西省" → "山西",
     * "恩施土家族苗族自治州" → "恩施", "交城县" → "交城"), or 0 when there is none: other levels, one-character
     * stems ("郊区", "盂县") and development zones.
     */
    static int aliasLength(String name, Level level) {
        if (level == Level.TOWNSHIP || level == Level.VILLAGE) {
            return 0;
        }
        if (name.contains("开发区") || name.contains("园区") || name.contains("示范区") || name.contains("管理区")
                || name.contains("新区") || name.contains("合作区")) {
            return 0;
        }
        int stem = -1;
        for (String autonomous : List.of("自治区", "自治州", "自治县", "自治旗")) {
            if (name.endsWith(autonomous)) {
                stem = stripEthnic(name, name.length() - autonomous.length());
                break;
            }
        }
        if (stem < 0) {
            List<String> suffixes = switch (level) {
                case PROVINCE -> List.of("省", "市");
                case PREFECTURE -> List.of("地区", "市", "盟");
                default -> List.of("特区", "林区", "县", "市", "区", "旗");
            };
            for (String suffix : suffixes) {
                if (name.endsWith(suffix)) {
                    stem = name.length() - suffix.length();
                    break;
                }
            }
        }
        return stem >= 2 && stem < name.length() ? stem : 0;
    }

    private static int stripEthnic(String name, int end) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            if (end > 1 && name.charAt(end - 1) == '族') {
                for (String group : ETHNIC_GROUPS) {
                    int start = end - 1 - group.length();
                    if (start >= 0 && name.startsWith(group, start)) {
                        end = start;
                        stripped = true;
                        break;
                    }
                }
            }
        }
        // "新疆维吾尔自治区" names the group without 族; only three-character groups, so "内蒙古" stays whole
        for (String group : ETHNIC_GROUPS) {
            if (group.length() >= 3 && end > group.length() && name.startsWith(group, end - group.length())) {
                return end - group.length();
            }
        }
        return end;
    }
}
