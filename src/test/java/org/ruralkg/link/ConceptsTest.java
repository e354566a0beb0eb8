package org.ruralkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.ruralkg.RuralKgException;
import org.ruralkg.EntityKind;
import org.ruralkg.lexicon.LexiconFilesTest;
import org.ruralkg.vocab.RKG;

class ConceptsTest {
    private static final String AGROVOC = "http://aims.fao.org/aos/agrovoc/";
    private final Concepts concepts = Concepts.load();

    @Test
    void loadsOnce() {
        assertSame(concepts, Concepts.load());
        assertTrue(concepts.all().size() >= 120, "only " + concepts.all().size() + " concepts");
    }

    @Test
    void requiredAgrovocLinksArePresent() {
        Model m = concepts.model();
        Map<String, String> required = Map.ofEntries(Map.entry("红薯", "c_14729"), Map.entry("小米", "c_4838"),
                Map.entry("玉米", "c_12332"), Map.entry("苜蓿", "c_4693"), Map.entry("苹果", "c_541"),
                Map.entry("梨", "c_5645"), Map.entry("西梅", "c_6028"), Map.entry("杏", "c_545"),
                Map.entry("蔬菜", "c_8174"), Map.entry("水果", "c_3131"), Map.entry("肉牛", "c_862"),
                Map.entry("鹅", "c_3208"));
        required.forEach((label, code) -> {
            Resource c = m.getResource(concepts.byLabel(label).orElseThrow().iri());
            Resource target = m.getResource(AGROVOC + code);
            assertTrue(c.hasProperty(SKOS.exactMatch, target) || c.hasProperty(SKOS.closeMatch, target),
                    label + " should match " + code);
        });
        assertTrue(m.getResource(concepts.byLabel("西梅").orElseThrow().iri())
                .hasProperty(SKOS.closeMatch, m.getResource(AGROVOC + "c_6028")));
    }

    @Test
    void varietiesPointToTheirKind() {
        assertBroader("玉露香梨", "梨");
        assertBroader("皇冠梨", "梨");
        assertBroader("富士苹果", "苹果");
        assertBroader("三花鹅", "鹅");
        assertBroader("大杏", "杏");
        assertBroader("苹果", "水果");
        assertBroader("西梅", "水果");
        assertBroader("番茄", "蔬菜");
    }

    @Test
    void altLabelsFindThePreferredConcept() {
        Concept hongshu = concepts.byLabel("地瓜").orElseThrow();
        assertEquals("红薯", hongshu.prefLabelZh());
        assertEquals("concept/hongshu", hongshu.key());
        assertEquals(RKG.CONCEPT_NS + "hongshu", hongshu.iri());
        assertEquals(EntityKind.CROP, hongshu.kind());
        for (String alt : List.of("甘薯", "番薯", "山芋", " 红薯 ")) {
            assertEquals(hongshu, concepts.byLabel(alt).orElseThrow(), alt);
        }
        assertEquals("玉米", concepts.byLabel("苞谷").orElseThrow().prefLabelZh());
        assertEquals(EntityKind.LIVESTOCK, concepts.byLabel("生猪").orElseThrow().kind());
        assertTrue(concepts.byLabel("拖拉机").isEmpty());
        assertTrue(concepts.byLabel(null).isEmpty());
        assertTrue(concepts.labels().containsAll(List.of("红薯", "地瓜", "肉牛", "苜蓿")));
        assertEquals(hongshu, concepts.byKey("concept/hongshu").orElseThrow());
    }

    @Test
    void everyConceptHasBothLabelsAndOneKind() {
        Model m = concepts.model();
        for (Concept c : concepts.all()) {
            assertFalse(c.prefLabelZh().isBlank(), c.iri());
            assertFalse(c.prefLabelEn().isBlank(), c.iri());
            Resource r = m.getResource(c.iri());
            assertTrue(r.hasProperty(org.apache.jena.vocabulary.RDF.type, RKG.Crop)
                    ^ r.hasProperty(org.apache.jena.vocabulary.RDF.type, RKG.Livestock), c.iri());
            assertTrue(r.hasProperty(SKOS.inScheme), c.iri());
            assertTrue(c.key().matches("concept/[a-z0-9-]+"), c.key());
        }
    }

    @Test
    void abbreviationPartsAreConcepts() throws Exception {
        List<String[]> rows = LexiconFilesTest.rows("org/ruralkg/lexicon/abbreviations.tsv", "abbreviation", "parts", "gloss_en");
        assertTrue(rows.stream().anyMatch(r -> r[0].equals("薯米果蔬") && r[1].equals("红薯|小米|水果|蔬菜")));
        for (String[] row : rows) {
            for (String part : row[1].split("\\|")) {
                assertTrue(concepts.byLabel(part).isPresent(), row[0] + ": " + part + " is not a concept label");
            }
        }
    }

    @Test
    void aLabelNamingTwoConceptsIsRejectedWithTheSourceName() {
        String ttl = """
                @prefix rkg: <https://w3id.org/ruralkg/ontology#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/ruralkg/concept/a> a skos:Concept , rkg:Crop ;
                    skos:prefLabel "甲"@zh , "a"@en ; skos:altLabel "同名"@zh .
                <https://w3id.org/ruralkg/concept/b> a skos:Concept , rkg:Crop ;
                    skos:prefLabel "乙"@zh , "b"@en ; skos:altLabel "同名"@zh .
                """;
        InputStream in = new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8));
        RuralKgException e = assertThrows(RuralKgException.class, () -> Concepts.parse(in, "bad.ttl"));
        assertTrue(e.getMessage().contains("bad.ttl") && e.getMessage().contains("同名"), e.getMessage());
    }

    private void assertBroader(String narrower, String broader) {
        Concept n = concepts.byLabel(narrower).orElseThrow();
        assertEquals(concepts.byLabel(broader).orElseThrow().iri(), n.broaderIri(), narrower);
    }
}
