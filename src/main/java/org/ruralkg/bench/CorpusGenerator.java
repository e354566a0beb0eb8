package org.ruralkg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.ruralkg.RuralKgException;
import org.ruralkg.Tsv;
import org.ruralkg.EntityKind;
import org.ruralkg.link.Concept;
import org.ruralkg.link.Concepts;
import org.ruralkg.link.Division;
import org.ruralkg.link.Gazetteer;

/**
 * Writes synthetic rural-revitalization news for scale runs: real sentence structures of county newspapers, real
 * places drawn from the gazetteer (a village with its township, county, prefecture and province), crops and
 * livestock from the concept scheme, programmes and posts from the lexicons, and varied quantities, so that place
 * linking, dictionary matching and quantity parsing do the same work as on real news.
 *
 * <p>Article {@code i} depends only on the seed and {@code i}: the first 100 articles of a 1,000-article corpus
 * are the 100-article corpus, and two runs with the same seed write identical files.
 *
 * <pre>{@code
 * CorpusGenerator gen = CorpusGenerator.create().seed(42).build();
 * gen.write(Path.of("corpus"), 1000, 50);       // 20 JSON Lines files of 50 articles
 * String text = gen.article(7).text();
 * }</pre>
 */
public final class CorpusGenerator {
    private static final int[] PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
            44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65};
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "建国华明丽军伟芳敏静秀英志强红霞玉兰海燕俊峰文杰春梅晓东永刚德胜小平卫东金凤瑞林世宏宝山桂香福成利民新荣";
    private static final String[] FIRMS = {"农业科技", "生态农业", "农产品开发", "现代农业", "农牧", "食品", "种业",
            "果蔬", "电子商务", "乡村旅游开发"};
    private static final String[] ORG_ENDINGS = {"有限公司", "专业合作社", "股份经济合作社", "家庭农场"};

    private final long seed;
    private final Gazetteer gazetteer;
    private final List<String> crops;
    private final List<String> livestock;
    private final List<String> programs;
    private final List<String> villagePosts;
    private final Map<String, List<Division>> children = new HashMap<>();

    private CorpusGenerator(Builder b) {
        this.seed = b.seed;
        this.gazetteer = Gazetteer.load();
        Concepts concepts = Concepts.load();
        this.crops = concepts.all().stream().filter(c -> c.kind() == EntityKind.CROP).map(Concept::prefLabelZh)
                .toList();
        this.livestock = concepts.all().stream().filter(c -> c.kind() == EntityKind.LIVESTOCK)
                .map(Concept::prefLabelZh).toList();
        this.programs = column("org/ruralkg/lexicon/programs.tsv", 0, null);
        this.villagePosts = column("org/ruralkg/lexicon/posts.tsv", 0, "village");
        if (crops.isEmpty() || livestock.isEmpty() || programs.isEmpty() || villagePosts.isEmpty()) {
            throw new RuralKgException("corpus generator: concepts or lexicons on the classpath are empty");
        }
    }

    public static Builder create() {
        return new Builder();
    }

    /** One generated article: its id, headline, body (paragraphs separated by newlines) and date. */
    public record Generated(String id, String title, String text, LocalDate date) {
        /** The article as one JSON Lines record. */
        public String toJson() {
            JsonObject o = new JsonObject();
            o.put("id", id);
            o.put("title", title);
            o.put("date", date.toString());
            o.put("source", "模拟县报");
            o.put("text", text);
            return JSON.toStringFlat(o);
        }
    }

    /** Article number {@code index} (0-based) of this seed's corpus. */
    public Generated article(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("article index " + index + " is negative");
        }
        Random r = new Random(seed * 1_000_003L + index);
        Place p = place(r);
        Writer w = new Writer(r, p);
        int year = 2019 + r.nextInt(6);
        LocalDate date = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        String title = p.province.name() + p.county.name() + p.township.name() + " " + w.pick(
                "巩固脱贫攻坚成果 扎实推进乡村振兴", "特色产业铺就致富路", "小" + w.crop + "做成大产业",
                "党建引领绘就乡村新画卷", "盘活资源壮大集体经济", "村美民富产业兴");
        StringBuilder text = new StringBuilder(3000);
        int paragraphs = 5 + r.nextInt(4);
        text.append(w.opening(year)).append('\n');
        for (int i = 1; i < paragraphs; i++) {
            int sentences = 2 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                text.append(w.sentence(year));
            }
            text.append('\n');
        }
        text.append(w.closing());
        return new Generated(String.format("gen-%d-%06d", seed, index), title, text.toString(), date);
    }

    /** Articles {@code 0 … count-1}, generated as the stream is consumed. */
    public Stream<Generated> articles(int count) {
        return IntStream.range(0, count).mapToObj(this::article);
    }

    /**
     * Writes {@code count} articles into {@code dir} as JSON Lines files {@code part-00000.jsonl}, … of
     * {@code perFile} records each; returns the files written.
     */
    public List<Path> write(Path dir, int count, int perFile) {
        if (count < 0 || perFile < 1) {
            throw new IllegalArgumentException("count " + count + " / perFile " + perFile + " out of range");
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int start = 0; start < count; start += perFile) {
                Path file = dir.resolve(String.format("part-%05d.jsonl", start / perFile));
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    for (int i = start; i < Math.min(count, start + perFile); i++) {
                        out.write(article(i).toJson());
                        out.write('\n');
                    }
                }
                files.add(file);
            }
        } catch (IOException e) {
            throw new RuralKgException("cannot write corpus to " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    /** A village with all its ancestors, drawn from the gazetteer. */
    private record Place(Division province, Division prefecture, Division county, Division township,
                         Division village, List<Division> neighbours) {
    }

    private Place place(Random r) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Division province = gazetteer.byCode(PROVINCES[r.nextInt(PROVINCES.length)] + "0000").orElseThrow();
            List<Division> chain = new ArrayList<>(List.of(province));
            Division d = province;
            while (d.level() != Division.Level.VILLAGE) {
                List<Division> below = childrenOf(d);
                if (d.level() == Division.Level.TOWNSHIP) {
                    below = below.stream().filter(CorpusGenerator::rural).toList();
                }
                if (below.isEmpty()) {
                    break;
                }
                d = below.get(r.nextInt(below.size()));
                chain.add(d);
            }
            if (d.level() != Division.Level.VILLAGE) {
                continue;
            }
            Division township = chain.get(chain.size() - 2);
            Division county = chain.get(chain.size() - 3);
            // municipalities have no prefecture below the province: the county is then named after the province
            Division prefecture = chain.size() >= 5 ? chain.get(chain.size() - 4) : province;
            List<Division> neighbours = childrenOf(township).stream().filter(CorpusGenerator::rural).toList();
            return new Place(province, prefecture, county, township, d, neighbours);
        }
        throw new RuralKgException("corpus generator: no village found in the gazetteer after 100 draws");
    }

    /** A village committee, not an urban residents' committee or a placeholder "virtual community". */
    private static boolean rural(Division village) {
        return village.officialName().endsWith("村委会") || village.officialName().endsWith("村民委员会");
    }

    private List<Division> childrenOf(Division d) {
        return children.computeIfAbsent(d.code(), gazetteer::children);
    }

    /** Fills the sentence templates of one article; every choice comes from its own random source. */
    private final class Writer {
        final Random r;
        final Place p;
        final String crop;
        final String crop2;
        final String animal;
        final String secretary;
        final String company;
        final String coop;

        Writer(Random r, Place p) {
            this.r = r;
            this.p = p;
            this.crop = pick(crops);
            this.crop2 = pick(crops);
            this.animal = pick(livestock);
            this.secretary = person();
            this.company = p.county.name() + pick(GIVEN.substring(0, 6), 2) + pick(FIRMS) + "有限公司";
            this.coop = p.village.name() + crop + pick("种植", "产销", "农民") + "专业合作社";
        }

        String opening(int year) {
            return year + "年以来," + p.province.name() + p.county.name() + p.township.name() + "立足资源禀赋,坚持以"
                    + pick(programs) + "为抓手,聚焦" + crop + "、" + crop2 + "等特色产业,推动" + pick(programs)
                    + "落地见效。" + p.village.name() + "是" + p.township.name() + "的" + pick("重点村", "示范村", "脱贫村")
                    + ",全村共有" + n(120, 1800) + "户" + n(400, 6000) + "人,耕地" + n(800, 12000) + "亩。";
        }

        String sentence(int year) {
            if (r.nextInt(5) < 2) {
                return rhetoric();
            }
            Division other = p.neighbours.get(r.nextInt(p.neighbours.size()));
            return switch (r.nextInt(14)) {
                case 0 -> p.village.name() + "种植" + crop + n(50, 3000) + "亩,亩产" + n(300, 4000) + "公斤,年产值达"
                        + n(20, 900) + "万元。";
                case 1 -> p.township.name() + other.name() + "发展" + crop2 + "种植,带动" + n(20, 300) + "户农户户均增收"
                        + n(2000, 20000) + "元。";
                case 2 -> p.village.name() + pick(villagePosts) + secretary + "介绍,今年村里新建" + crop + "大棚"
                        + n(5, 120) + "座,吸纳" + n(10, 200) + "名村民就近就业。";
                case 3 -> company + "在" + p.village.name() + "流转土地" + n(100, 5000) + "亩,建设" + crop
                        + "标准化种植基地,总投资" + n(200, 9000) + "万元。";
                case 4 -> coop + "成立于" + (year - 1 - r.nextInt(8)) + "年,现有社员" + n(20, 400) + "户,年销售额"
                        + n(50, 2000) + "万元。";
                case 5 -> p.county.name() + "统筹" + pick(programs) + "资金" + n(100, 5000) + "万元,实施" + pick(programs)
                        + "项目" + n(3, 60) + "个,惠及" + n(5, 90) + "个村。";
                case 6 -> "在" + other.name() + ",村民" + person() + "养殖" + animal + n(30, 2000) + "头,年纯收入"
                        + n(3, 60) + "万元。";
                case 7 -> p.prefecture.name() + "将" + p.village.name() + "列为" + pick(programs) + "试点,"
                        + "村集体经济收入由" + n(2, 20) + "万元增加到" + n(21, 200) + "万元。";
                case 8 -> "组织镇村干部、驻村工作队对全镇脱贫人口" + n(30, 900) + "户" + n(80, 2500)
                        + "人开展防止返贫动态监测,做到应纳尽纳、应扶尽扶。";
                case 9 -> p.township.name() + "依托" + crop + "产业,打造" + crop + "产业园,带动周边" + other.name() + "、"
                        + p.village.name() + "等" + n(3, 15) + "个村发展" + crop2 + "种植。";
                case 10 -> "全镇完成农村户厕改造" + n(100, 3000) + "座,治理生活污水" + n(1, 30) + "处,清运生活垃圾"
                        + n(100, 9000) + "吨。";
                case 11 -> p.county.name() + pick("农业农村局", "乡村振兴局", "人社局") + "举办" + pick(programs) + "培训班"
                        + n(2, 20) + "期,培训农民" + n(100, 3000) + "人次。";
                case 12 -> company + "与" + p.village.name() + "签订" + crop2 + "订单收购协议,收购价每公斤" + n(2, 30)
                        + "元,带动农户" + n(50, 800) + "户。";
                default -> p.village.name() + "积极发展" + crop + "、" + animal + "养殖等产业,人均可支配收入达到" + n(8000, 30000)
                        + "元,同比增长" + n(3, 18) + "%。";
            };
        }

        /** The policy prose between the facts of real county news: names programmes, states no figures. */
        String rhetoric() {
            return pick("坚持", "围绕", "紧盯", "聚焦", "突出") + pick(programs) + pick("这条主线", "目标任务", "关键环节", "工作要求")
                    + "," + pick("压实责任担当", "强化工作举措", "精心安排部署", "坚持问题导向", "坚持规划先行")
                    + "," + pick("推动", "促进", "确保", "力促") + pick(programs) + pick("落地见效", "取得新实效", "迈上新台阶",
                    "走深走实") + "," + pick("为乡村振兴蓄势赋能", "让群众得到更多实惠", "夯实高质量发展基础", "牢牢守住不发生规模性返贫底线")
                    + "。";
        }

        String closing() {
            return "下一步," + p.township.name() + "将继续围绕" + pick(programs) + ",做强" + crop + "产业,"
                    + "让群众的日子越过越红火。(" + person() + ")";
        }

        String person() {
            return String.valueOf(SURNAMES.charAt(r.nextInt(SURNAMES.length()))) + pick(GIVEN, 1 + r.nextInt(2));
        }

        String n(int lo, int hi) {
            return Integer.toString(lo + r.nextInt(hi - lo + 1));
        }

        String pick(String chars, int count) {
            StringBuilder s = new StringBuilder(count);
            for (int i = 0; i < count; i++) {
                s.append(chars.charAt(r.nextInt(chars.length())));
            }
            return s.toString();
        }

        String pick(String... options) {
            return options[r.nextInt(options.length)];
        }

        <T> T pick(List<T> options) {
            return options.get(r.nextInt(options.size()));
        }
    }

    /** Values of one column of a lexicon TSV, optionally only rows whose third column is {@code level}. */
    private static List<String> column(String resource, int col, String level) {
        InputStream in = CorpusGenerator.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new RuralKgException("corpus generator: lexicon " + resource + " is missing from the classpath");
        }
        List<String> out = new ArrayList<>();
        for (Tsv.Row row : Tsv.rows(new InputStreamReader(in, StandardCharsets.UTF_8), resource)) {
            List<String> f = List.copyOf(row.values().values());
            if (level == null || (f.size() > 2 && f.get(2).equals(level))) {
                out.add(f.get(col));
            }
        }
        return out;
    }

    /** Configures a {@link CorpusGenerator}. */
    public static final class Builder {
        private long seed = 42;

        private Builder() {
        }

        /** Random seed (default 42); the same seed gives the same corpus. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public CorpusGenerator build() {
            return new CorpusGenerator(this);
        }
    }

    @Override
    public String toString() {
        return "CorpusGenerator(seed " + seed + ")";
    }
}
