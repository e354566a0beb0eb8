package org.ruralkg.nlp.ner;

/**
 * The feature template: for each character, {@link #TEMPLATES} 64-bit keys built from the characters around it,
 * their types and whether they are name suffixes or surnames. A key packs the template number and up to three
 * 16-bit values, so features need no strings at tagging time. Changing anything here changes what a trained
 * model means: retrain with {@code scripts/train-ner.sh}.
 */
final class NerFeatures {
    static final int TEMPLATES = 17;

    private static final char BEFORE = '\u0002';
    private static final char AFTER = '\u0003';

    private static final int PLACE_SUFFIX = 1;
    private static final int ORG_SUFFIX = 2;
    private static final int SURNAME = 4;
    private static final int OPENING = 8;
    private static final int CLOSING = 16;

    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];
    /** {@link #type} of every character, computed once: {@code UnicodeScript.of} is a search per call. */
    private static final byte[] TYPE = new byte[Character.MAX_VALUE + 1];

    /** A suffix word and its code (length * 8 + kind) in {@link #suffixEndingAt}. */
    private record Suffix(String word, int code) {
    }

    /** The suffix words ending in each character, or null: each position checks only these, not all 75. */
    private static final Suffix[][] ENDING_IN = new Suffix[Character.MAX_VALUE + 1][];

    // Suffix words by kind: a place or organization name usually ends with one, and they are few enough to list.
    private static final String[] PLACE_WORDS = {"省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "村", "街道",
        "自治区", "自治州", "自治县", "开发区", "新区", "屯", "庄", "岛", "山", "湖", "河", "江"};
    private static final String[] ORG_WORDS = {"公司", "有限公司", "合作社", "委员会", "村委会", "居委会", "支部",
        "党支部", "党委", "政府", "人民政府", "银行", "大学", "学院", "医院", "协会", "集团", "研究所", "研究院", "中心",
        "办公室", "办事处", "工作站", "学校", "中学", "小学", "法院", "检察院", "公安局", "派出所", "联合会", "商会", "工会",
        "农场", "林场", "厂", "部", "局", "委", "署", "处", "厅", "社", "所", "队", "站", "院", "馆", "团", "会", "行", "店"};

    static {
        mark("省市县区州盟旗镇乡村", PLACE_SUFFIX);
        mark("司局委会社厂院站所行部处队校馆团组办厅署店", ORG_SUFFIX);
        // Common surnames (the most frequent ones by census counts), a fact list written out here.
        mark("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
                + "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
                + "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛"
                + "曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏"
                + "席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝", SURNAME);
        mark("“‘《「『（(〈【[\"'", OPENING);
        mark("”’》」』）)〉】]", CLOSING);
        index(PLACE_WORDS, PLACE_SUFFIX);
        index(ORG_WORDS, ORG_SUFFIX);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            TYPE[c] = (byte) computeType((char) c);
        }
    }

    private NerFeatures() {
    }

    private static void mark(String chars, int flag) {
        for (int i = 0; i < chars.length(); i++) {
            CLASS[chars.charAt(i)] |= (byte) flag;
        }
    }

    private static void index(String[] words, int kind) {
        for (String w : words) {
            char last = w.charAt(w.length() - 1);
            Suffix[] old = ENDING_IN[last] == null ? new Suffix[0] : ENDING_IN[last];
            Suffix[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = new Suffix(w, w.length() * 8 + kind);
            ENDING_IN[last] = grown;
        }
    }

    /**
     * Writes the keys of {@code text[from, to)} into {@code keys}, {@link #TEMPLATES} per character; {@code suffix}
     * is scratch space of at least {@code to - from} ints.
     */
    static void extract(CharSequence text, int from, int to, long[] keys, int[] suffix) {
        int n = to - from;
        for (int i = 0; i < n; i++) {
            suffix[i] = suffixEndingAt(text, from, from + i);
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            int at = from + i;
            char m2 = charAt(text, from, to, at - 2);
            char m1 = charAt(text, from, to, at - 1);
            char c0 = text.charAt(at);
            char p1 = charAt(text, from, to, at + 1);
            char p2 = charAt(text, from, to, at + 2);
            keys[k++] = key(1, m2, 0, 0);
            keys[k++] = key(2, m1, 0, 0);
            keys[k++] = key(3, c0, 0, 0);
            keys[k++] = key(4, p1, 0, 0);
            keys[k++] = key(5, p2, 0, 0);
            keys[k++] = key(6, m2, m1, 0);
            keys[k++] = key(7, m1, c0, 0);
            keys[k++] = key(8, c0, p1, 0);
            keys[k++] = key(9, p1, p2, 0);
            keys[k++] = key(10, m1, p1, 0);
            keys[k++] = key(11, type(m1), type(c0), type(p1));
            keys[k++] = key(12, CLASS[m1], CLASS[c0], CLASS[p1]);
            keys[k++] = key(13, CLASS[p1], CLASS[p2], 0);
            keys[k++] = key(14, suffix[i], 0, 0);
            keys[k++] = key(15, i + 1 < n ? suffix[i + 1] : 0, i + 2 < n ? suffix[i + 2] : 0, 0);
            keys[k++] = key(16, CLASS[c0] & SURNAME, m1, 0);
            keys[k++] = key(17, 0, 0, 0);
        }
    }

    private static long key(int template, int a, int b, int c) {
        return ((long) template << 48) | ((long) (a & 0xFFFF) << 32) | ((long) (b & 0xFFFF) << 16) | (c & 0xFFFF);
    }

    private static char charAt(CharSequence text, int from, int to, int at) {
        return at < from ? BEFORE : at >= to ? AFTER : text.charAt(at);
    }

    /** Kind and length of the longest listed suffix word that ends at {@code at} inside the sentence, or 0. */
    private static int suffixEndingAt(CharSequence text, int from, int at) {
        Suffix[] candidates = ENDING_IN[text.charAt(at)];
        if (candidates == null) {
            return 0;
        }
        // the largest code of the words ending here: the longest word; at equal length an organization word
        int best = 0;
        for (Suffix w : candidates) {
            if (w.code() > best && at - w.word().length() + 1 >= from && endsWith(text, at, w.word())) {
                best = w.code();
            }
        }
        return best;
    }

    private static boolean endsWith(CharSequence text, int at, String w) {
        for (int j = 0; j < w.length(); j++) {
            if (text.charAt(at - w.length() + 1 + j) != w.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static int type(char c) {
        return TYPE[c];
    }

    private static int computeType(char c) {
        if (c == BEFORE || c == AFTER) {
            return 1;
        }
        if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
            return 2;
        }
        if ("〇一二三四五六七八九十百千万亿两".indexOf(c) >= 0) {
            return 3;
        }
        if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 'Ａ' && c <= 'ｚ') {
            return 4;
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return 5;
        }
        return Character.isLetter(c) ? 6 : 7;
    }
}
