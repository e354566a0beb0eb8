package org.ruralkg.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerCorpusTest {

    private static Path sample() throws Exception {
        return Path.of(NerCorpusTest.class.getResource("cluener-sample.json").toURI());
    }

    private static List<String> shown(AnnotatedSentence s) {
        return s.spans().stream().map(x -> x.type().name().charAt(0) + ":" + x.in(s.text())).toList();
    }

    @Test
    void readsCluenerKeepingMappedTypesOnly() throws Exception {
        List<AnnotatedSentence> chains = NerCorpus.readCluener(sample(), false);
        assertEquals(2, chains.size());
        assertEquals(List.of("L:北京市海淀区中关村大街", "P:张三", "O:华远公司"), shown(chains.get(0)));
        assertEquals(List.of(), chains.get(1).spans());
    }

    @Test
    void splitsAddressChainsAtAdministrativeSuffixes() throws Exception {
        AnnotatedSentence split = NerCorpus.readCluener(sample(), true).get(0);
        assertEquals(List.of("L:北京市", "L:海淀区", "L:中关村", "L:大街", "P:张三", "O:华远公司"), shown(split));
    }

    @Test
    void aOneCharacterTailStaysWithThePartBeforeIt() {
        String t = "江苏省南京市鼓楼区湖南路";
        assertEquals(List.of(new NerSpan(0, 3, NerType.LOCATION), new NerSpan(3, 6, NerType.LOCATION),
                new NerSpan(6, 9, NerType.LOCATION), new NerSpan(9, 12, NerType.LOCATION)),
                NerCorpus.splitAtAdminSuffixes(t, 0, t.length()));
        String chain = "浙江省湖州市安吉县天荒坪镇余村";
        assertEquals(List.of("浙江省", "湖州市", "安吉县", "天荒坪镇", "余村"), NerCorpus.splitAtAdminSuffixes(chain, 0,
                chain.length()).stream().map(x -> x.in(chain)).toList());
        String village = "上海市";
        assertEquals(List.of(new NerSpan(0, 3, NerType.LOCATION)),
                NerCorpus.splitAtAdminSuffixes(village, 0, village.length()));
    }

    @Test
    void parsesMarkedSentences() {
        AnnotatedSentence s = NerCorpus.parseMarked("{LOC:余村}村民{PER:潘春林}说");
        assertEquals("余村村民潘春林说", s.text());
        assertEquals(List.of(new NerSpan(0, 2, NerType.LOCATION), new NerSpan(4, 7, NerType.PERSON)), s.spans());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NerCorpus.parseMarked("{XYZ:余村}"));
        assertEquals("unknown type \"XYZ\" in \"{XYZ:余村}\"", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NerCorpus.parseMarked("{LOC:余村"));
    }
}
