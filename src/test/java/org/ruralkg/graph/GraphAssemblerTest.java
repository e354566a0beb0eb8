package org.ruralkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.ruralkg.extract.Entity;
import org.ruralkg.EntityKind;
import org.ruralkg.extract.Evidence;
import org.ruralkg.extract.Extraction;
import org.ruralkg.extract.Fact;
import org.ruralkg.extract.Mention;
import org.ruralkg.extract.Term;
import org.ruralkg.nlp.Sentence;
import org.ruralkg.source.Article;
import org.ruralkg.source.OffsetMap;
import org.ruralkg.vocab.PROV;
import org.ruralkg.vocab.RKG;

class GraphAssemblerTest {
    /** Source page: a title line, then a body broken by a line break inside the first sentence. */
    static final String SOURCE = "红薯飘香\n前火山村种植\n红薯500亩。村里成立了合作社。";
    static final IriMinter IRIS = IriMinter.defaults();

    /** Article whose cleaned text drops the line break, so cleaned and source offsets differ. */
    static Article article() {
        int bodyStart = SOURCE.indexOf('\n') + 1;
        StringBuilder text = new StringBuilder();
        List<Integer> offs = new ArrayList<>();
        for (int i = bodyStart; i < SOURCE.length(); i++) {
            if (SOURCE.charAt(i) != '\n') {
                text.append(SOURCE.charAt(i));
                offs.add(i);
            }
        }
        return new Article("p1-1", "红薯飘香", text.toString(), OffsetMap.of(offs.stream().mapToInt(i -> i).toArray()),
                OffsetMap.contiguous(0, 4), "seeds/p1.txt#1", "http://example.org/news/1", LocalDate.of(2024, 5, 6),
                List.of("张三"), "交城党建在线", List.of("图为红薯基地"), "abc123");
    }

    static Extraction extraction() {
        Article a = article();
        String t = a.text();
        int s0end = t.indexOf('。') + 1;
        List<Sentence> sentences = List.of(new Sentence(0, 0, s0end, t.substring(0, s0end)),
                new Sentence(1, s0end, t.length(), t.substring(s0end)));
        int village = t.indexOf("前火山村");
        int crop = t.indexOf("红薯");
        int qty = t.indexOf("500亩");
        List<Entity> entities = List.of(
                new Entity("place/140525113", EntityKind.VILLAGE, "前火山村", List.of("前火山")),
                new Entity("concept/hongshu", EntityKind.CROP, "红薯", List.of()),
                new Entity("quantity/1", EntityKind.QUANTITY, "500亩", List.of()));
        List<Mention> mentions = List.of(
                new Mention(village, village + 4, "前火山村", EntityKind.VILLAGE, "place/140525113", 0),
                new Mention(crop, crop + 2, "红薯", EntityKind.CROP, "concept/hongshu", 0),
                new Mention(0, 2, "红薯", EntityKind.CROP, "concept/hongshu", -1));
        List<Fact> facts = List.of(
                new Fact("place/140525113", RKG.grows.getURI(), new Term.Ref("concept/hongshu"),
                        new Evidence(0, village, crop + 2, "pattern:grows")),
                new Fact("place/140525113", RKG.hasQuantity.getURI(), new Term.Ref("quantity/1"),
                        new Evidence(0, qty, qty + 4, "pattern:quantity")),
                new Fact("quantity/1", RKG.value.getURI(), Term.Lit.typed("500", XSD.decimal.getURI()),
                        new Evidence(0, qty, qty + 3, "pattern:quantity")),
                new Fact("quantity/1", RKG.unitText.getURI(), Term.Lit.zh("亩"),
                        new Evidence(0, qty + 3, qty + 4, "pattern:quantity")));
        return new Extraction(a, sentences, entities, mentions, facts);
    }

    private final Model m = GraphAssembler.create(IRIS).assemble(extraction());
    private final String articleIri = IRIS.article("p1-1");

    @Test
    void articleNodeCarriesMetadata() {
        Resource a = m.getResource(articleIri);
        assertTrue(a.hasProperty(RDF.type, RKG.Article));
        assertEquals("红薯飘香", a.getProperty(DCTerms.title).getString());
        assertEquals("abc123", a.getProperty(RKG.contentHash).getString());
        assertEquals("seeds/p1.txt#1", a.getProperty(RKG.sourceFile).getString());
        assertEquals(XSD.date.getURI(), a.getProperty(DCTerms.date).getLiteral().getDatatypeURI());
        Resource publisher = a.getPropertyResourceValue(DCTerms.publisher);
        assertTrue(publisher.hasProperty(RDF.type, RKG.MediaOutlet));
        assertEquals("交城党建在线", publisher.getProperty(RDFS.label).getString());
        assertTrue(a.hasProperty(RKG.mentions, m.getResource(IRIS.entity("place/140525113"))));
    }

    @Test
    void theTitleIsASentenceWithTheTitlesTextAndNoIndexAmongTheTexts() {
        Resource title = m.getResource(articleIri + "/s/title");
        assertTrue(title.hasProperty(RDF.type, RKG.Sentence));
        assertEquals("红薯飘香", title.getProperty(RKG.text).getString());
        assertFalse(title.hasProperty(RKG.sentenceIndex), "the shapes count sentence indexes from 0");
        assertEquals(0, m.getResource(articleIri + "/s/0").getProperty(RKG.sentenceIndex).getInt());
    }

    @Test
    void factsAreTriples() {
        Resource village = m.getResource(IRIS.entity("place/140525113"));
        assertTrue(village.hasProperty(RDF.type, RKG.Village));
        assertTrue(village.hasProperty(RKG.grows, m.getResource(RKG.CONCEPT_NS + "hongshu")));
        Resource q = village.getPropertyResourceValue(RKG.hasQuantity);
        assertTrue(q.getURI().startsWith(articleIri + "/q/"), "quantity is article-scoped: " + q);
        assertEquals(0, q.getProperty(RKG.value).getLiteral().getValue().toString().compareTo("500"));
        assertEquals("zh", q.getProperty(RKG.unitText).getLanguage());
    }

    @Test
    void everyFactHasAnAssertionPointingAtTheSourceCharacters() {
        List<Resource> assertions = m.listSubjectsWithProperty(RDF.type, RKG.Assertion).toList();
        java.util.Set<org.apache.jena.graph.Triple> reified = new java.util.HashSet<>();
        for (Resource as : assertions) {
            List<org.apache.jena.graph.Triple> facts = facts(as);
            assertFalse(facts.isEmpty(), "assertion names no fact: " + as);
            for (org.apache.jena.graph.Triple fact : facts) {
                assertTrue(m.getGraph().contains(fact), "asserted triple is in the graph: " + fact);
                reified.add(fact);
            }
            assertNotNull(as.getProperty(RKG.method));
            assertTrue(as.getPropertyResourceValue(RKG.sentence).hasProperty(RDF.type, RKG.Sentence));
            assertTrue(as.getPropertyResourceValue(RKG.sentence).hasProperty(RKG.inArticle, m.getResource(articleIri)));
        }
        for (var f : extraction().facts()) {
            assertTrue(reified.stream().anyMatch(t -> t.getSubject().getURI().endsWith(f.subject().replaceAll(".*/", ""))
                    && t.getPredicate().getURI().equals(f.predicate())), "fact without assertion: " + f);
        }
        Resource grows = assertions.stream()
                .filter(r -> facts(r).stream().anyMatch(t -> t.getPredicate().equals(RKG.grows.asNode())))
                .findFirst().orElseThrow();
        // the evidence spans the line break of the source: offsets must reach across it
        assertEquals("前火山村种植\n红薯", sourceSpan(grows));
        Resource unit = assertions.stream()
                .filter(r -> facts(r).stream().anyMatch(t -> t.getPredicate().equals(RKG.unitText.asNode())))
                .findFirst().orElseThrow();
        assertEquals("亩", sourceSpan(unit));
        assertEquals(GraphAssembler.FORMAT, m.getResource(articleIri).getProperty(RKG.graphFormat).getString());
    }

    private List<org.apache.jena.graph.Triple> facts(Resource as) {
        return m.getGraph().find(as.asNode(), RDF.Nodes.reifies, null)
                .mapWith(t -> t.getObject().getTriple()).toList();
    }

    @Test
    void mentionsAndSentencesUseSourceOffsets() {
        List<Resource> mentions = m.listSubjectsWithProperty(RDF.type, RKG.Mention).toList();
        assertEquals(3, mentions.size());
        for (Resource mention : mentions) {
            assertEquals(mention.getProperty(RKG.anchorText).getString(), sourceSpan(mention));
            assertNotNull(mention.getPropertyResourceValue(RKG.denotes));
        }
        Resource title = m.getResource(articleIri + "/s/title");
        assertEquals("红薯飘香", sourceSpan(title));
        Resource s1 = m.getResource(articleIri + "/s/1");
        assertEquals("村里成立了合作社。", sourceSpan(s1));
    }

    @Test
    void nodeIrisAreStableAcrossRuns() {
        Model again = GraphAssembler.create(IRIS).assemble(extraction());
        assertTrue(m.isIsomorphicWith(again));
        assertEquals(m.listSubjects().toSet(), again.listSubjects().toSet());
    }

    @Test
    void provenanceSurvivesTurtleAndNQuads() {
        for (Lang lang : List.of(Lang.TURTLE, Lang.NQUADS, Lang.TRIG)) {
            Dataset ds = DatasetFactory.create();
            ds.addNamedModel(articleIri, m);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (lang == Lang.TURTLE) {
                RDFDataMgr.write(out, m, lang);
            } else {
                RDFDataMgr.write(out, ds, lang);
            }
            Dataset back = DatasetFactory.create();
            RDFParser.fromString(out.toString(StandardCharsets.UTF_8), lang).parse(back);
            Model read = lang == Lang.TURTLE ? back.getDefaultModel() : back.getNamedModel(articleIri);
            assertTrue(m.isIsomorphicWith(read), "round trip through " + lang);
            assertEquals(m.listSubjectsWithProperty(RDF.type, RKG.Assertion).toList().size(),
                    read.listSubjectsWithProperty(RDF.type, RKG.Assertion).toList().size(), lang.getName());
            assertFalse(read.listStatements(null, RKG.startOffset, (org.apache.jena.rdf.model.RDFNode) null)
                    .toList().isEmpty());
        }
    }

    private String sourceSpan(Resource r) {
        int start = r.getProperty(RKG.startOffset).getInt();
        int end = r.getProperty(RKG.endOffset).getInt();
        return SOURCE.substring(start, end);
    }
}
