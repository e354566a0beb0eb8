package org.ruralkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralkg.source.Article;
import org.ruralkg.source.OffsetMap;

class ExtractorTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.defaults();
    }

    static Extraction extract(String title, String text) {
        Article a = new Article("t1", title, text, OffsetMap.contiguous(0, text.length()),
                OffsetMap.contiguous(0, title.length()), "test", null, null, List.of(), null, List.of(), "0");
        return extractor.extract(a);
    }

    static String dump(Extraction x) {
        StringBuilder sb = new StringBuilder();
        for (Entity e : x.entities()) {
            sb.append("E ").append(e.kind()).append(' ').append(e.label()).append(' ').append(e.key()).append('\n');
        }
        for (Fact f : x.facts()) {
            sb.append("F ").append(f.subject()).append(' ').append(f.predicate().replaceAll(".*[#/]", "")).append(' ')
                    .append(f.object() instanceof Term.Ref r ? r.key() : ((Term.Lit) f.object()).lexical()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void show() {
        String[][] cases = {
            {"云南省勐海县勐混镇贺开村：古茶园里的致富经", "近年来，勐混镇贺开村成立了勐海贺开古茶专业合作社，带动农户种植茶叶3000余亩。2022年，全村村集体经济收入达到56万元，农民人均可支配收入1.8万元。"},
            {"贵州遵义播州区枫香镇花茂村", "花茂村党支部书记彭龙介绍，村里发展乡村旅游，种植猕猴桃500余亩，养殖生猪3000头。该村先后获评全国乡村旅游重点村、中国美丽休闲乡村。"},
            {"河南省兰考县", "兰考县实施高标准农田建设、农村人居环境整治等重点项目，落实好脱贫人口小额信贷、雨露计划等帮扶政策。"},
        };
        for (String[] c : cases) {
            System.out.println(dump(extract(c[0], c[1])));
        }
    }
}
