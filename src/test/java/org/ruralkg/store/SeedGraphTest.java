package org.ruralkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralkg.graph.Namespaces;
import org.ruralkg.graph.ReferenceData;

/**
 * The seed page built end to end into a store: the graph conforms to the shipped SHACL shapes, the seed's
 * acceptance facts can be queried, and every assertion's source offsets point at the words it was read from.
 */
class SeedGraphTest {
    private static KnowledgeStore store;
    private static String source;

    @BeforeAll
    static void build() throws IOException {
        store = KnowledgeStore.create().inMemory().build();
        BuildReport r = KnowledgeBuilder.create(store).build().run(List.of(Path.of("seeds")));
        assertEquals(4, r.built(), r.summary());
        source = Files.readString(Path.of("seeds/000_e40f3922dc4b6374.txt"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Rows of a SELECT as variable → lexical form or IRI, read inside the transaction. */
    private static List<Map<String, String>> select(String body) {
        String q = Namespaces.sparqlPrologue(store.iris()) + body;
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                List<Map<String, String>> rows = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution sol = rs.next();
                    Map<String, String> row = new HashMap<>();
                    sol.varNames().forEachRemaining(v -> {
                        RDFNode n = sol.get(v);
                        row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    private static boolean ask(String body) {
        String q = Namespaces.sparqlPrologue(store.iris()) + body;
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                return qe.execAsk();
            }
        });
    }

    @Test
    void conformsToTheShippedShapes() {
        Model shapes = ModelFactory.createDefaultModel();
        assertTrue(ReferenceData.readResource(ReferenceData.SHAPES, shapes));
        ValidationReport report = Txn.calculateRead(store.dataset(), () -> ShaclValidator.get()
                .validate(Shapes.parse(shapes.getGraph()), store.dataset().asDatasetGraph().getUnionGraph()));
        StringBuilder sb = new StringBuilder();
        report.getEntries().stream().limit(20).forEach(e -> sb.append(e.focusNode()).append(' ')
                .append(e.resultPath()).append(' ').append(e.message()).append('\n'));
        assertTrue(report.conforms(), sb.toString());
    }

    @Test
    void divisionChainsReachTheProvince() {
        assertTrue(ask("""
                ASK { ?v rkg:divisionCode "141122100218" ; rkg:partOf ?t .
                      ?t rkg:divisionCode "141122100" ; rkg:partOf ?c . ?c rkg:divisionCode "141122" ; rkg:partOf ?p .
                      ?p rkg:divisionCode "141100" ; a rkg:Prefecture ; rkg:partOf ?s . ?s rkg:divisionCode "140000" }"""));
        assertTrue(ask("ASK { ?v rkg:divisionCode \"140525113220\" ; a rkg:Village ; rkg:partOf/rkg:divisionCode \"140525113\" }"));
    }

    @Test
    void discrepancyIsData() {
        List<Map<String, String>> rows = select("""
                SELECT ?stated ?official WHERE { ?d a rkg:Discrepancy ; rkg:concerns/rkg:divisionCode "140311103205" ;
                  rkg:statedName ?stated ; rkg:officialParent/rkg:divisionCode ?official }""");
        assertEquals(1, rows.size());
        assertEquals("平定镇", rows.get(0).get("stated"));
        assertEquals("140311103", rows.get(0).get("official"));
    }

    @Test
    void incomeIsNormalizedToYuan() {
        List<Map<String, String>> rows = select("""
                SELECT ?v ?bound WHERE { ?p rkg:divisionCode "141122100218" ; rkg:hasQuantity ?q .
                  ?q rkg:normalizedValue ?v ; rkg:normalizedUnit "CNY" ; rkg:bound ?bound ; rkg:measure ?m .
                  FILTER(CONTAINS(STR(?m), "收入")) }""");
        List<String> values = rows.stream().map(r -> new java.math.BigDecimal(r.get("v"))
                .stripTrailingZeros().toPlainString() + " " + r.get("bound")).toList();
        assertTrue(values.contains("13500 exact"), values.toString());
        assertTrue(values.contains("1000000 atLeast"), values.toString());
    }

    @Test
    void villagesOfAPrefectureWithCropsAndPrograms() {
        List<Map<String, String>> rows = select("""
                SELECT DISTINCT ?name ?crop ?program WHERE {
                  ?pref rkg:divisionCode "141100" . ?v a rkg:Village ; rkg:partOf+ ?pref ; rdfs:label ?name ;
                     rkg:grows/skos:prefLabel ?crop ; rkg:implements/rdfs:label ?program .
                  FILTER(LANG(?crop) = "zh") }""");
        assertTrue(rows.stream().anyMatch(r -> r.get("name").equals("前火山村")
                && r.get("crop").equals("玉米")), rows.toString());
    }

    @Test
    void everyAssertionPointsAtItsWordsInTheSourceFile() {
        List<Map<String, String>> rows = select("""
                SELECT ?start ?end ?sstart ?send ?text WHERE { ?a a rkg:Assertion ; rkg:startOffset ?start ;
                  rkg:endOffset ?end ; rkg:sentence ?s . ?s rkg:startOffset ?sstart ; rkg:endOffset ?send ; rkg:text ?text }""");
        assertFalse(rows.isEmpty());
        for (Map<String, String> r : rows) {
            int start = Integer.parseInt(r.get("start"));
            int end = Integer.parseInt(r.get("end"));
            int sstart = Integer.parseInt(r.get("sstart"));
            int send = Integer.parseInt(r.get("send"));
            assertTrue(sstart <= start && end <= send && start < end, "evidence outside its sentence: " + r);
            String sentence = r.get("text");
            // The sentence text is the cleaned text; in the source a caption or page break may sit inside it.
            assertEquals(sentence.charAt(0), source.charAt(sstart), "sentence start offset: " + r);
        }
        List<Map<String, String>> mentions = select("""
                SELECT ?start ?end ?anchor WHERE { ?m a rkg:Mention ; rkg:startOffset ?start ; rkg:endOffset ?end ;
                  rkg:anchorText ?anchor }""");
        assertTrue(mentions.size() > 100, "mentions: " + mentions.size());
        for (Map<String, String> m : mentions) {
            String anchor = m.get("anchor");
            String span = source.substring(Integer.parseInt(m.get("start")), Integer.parseInt(m.get("end")));
            assertEquals(anchor, span.replaceAll("\\s+", ""), "mention offsets");
        }
    }

    @Test
    void theExampleProvenanceQueryAnswersWithSentenceAndOffsets() throws IOException {
        String q = Files.readString(Path.of("src/main/resources/org/ruralkg/server/ld/queries/02-grows-sources.rq"));
        List<Map<String, String>> rows = select(q.substring(q.indexOf("SELECT")));
        // as many rows as README.md says this query answers on the seed ("First 10 of N rows")
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("First 10 of (\\d+) rows:")
                .matcher(Files.readString(Path.of("README.md")));
        assertTrue(shown.find(), "README shows the provenance query's row count");
        assertEquals(Integer.parseInt(shown.group(1)), rows.size(), rows.toString());
        // 前火山村 grows 玉米: README shows this row
        Map<String, String> corn = rows.stream().filter(r -> r.get("s").endsWith("/id/place/141122100218")
                && r.get("o").endsWith("concept/yumi")).findFirst().orElseThrow(() -> new AssertionError(rows));
        assertEquals("1906", corn.get("start"));
        assertEquals("1908", corn.get("end"));
        assertEquals("玉米", source.substring(1906, 1908));
        assertTrue(corn.get("sentence").startsWith("同时,采取"), corn.toString());
        assertEquals("seeds/000_e40f3922dc4b6374.txt#2", corn.get("file"));
        assertFalse(corn.get("method").isBlank());
    }

    @Test
    void everyFactHasItsArticleMethodAndExtractorVersion() {
        List<Map<String, String>> rows = select("""
                SELECT ?s ?p ?o ?g ?method ?version WHERE { GRAPH ?g { ?s ?p ?o .
                  ?a rdf:reifies <<( ?s ?p ?o )>> ; rkg:method ?method ; rkg:sentence/rkg:inArticle ?g .
                  ?g rkg:extractorVersion ?version } }""");
        long reified = select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a rdf:reifies ?t } }").stream()
                .mapToLong(r -> Long.parseLong(r.get("n"))).sum();
        assertTrue(reified > 400, "reified facts: " + reified);
        assertEquals(reified, rows.size(), "every reified fact is stated in its article graph, with article, "
                + "method and extractor version");
    }

    @Test
    void provenanceTakesAtMostFiveQuadsPerFact() {
        // facts: the rdf:reifies quads (one per fact and span); provenance: every quad of an assertion node
        long facts = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a rdf:reifies ?t } }");
        long assertionQuads = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a rkg:Assertion ; ?p ?o } }");
        double perFact = (facts + assertionQuads) / (double) facts;
        assertTrue(perFact <= 5.0, "quads per fact: " + perFact);
        assertTrue(perFact >= 2.0, "quads per fact: " + perFact);
    }

    @Test
    void withinHoldsEveryAncestorOfEachPlace() {
        // the materialized closure and the path agree pair for pair, over the union of the article graphs
        List<Map<String, String>> path = select("SELECT DISTINCT ?p ?up WHERE { ?p rkg:partOf+ ?up }");
        List<Map<String, String>> within = select("SELECT DISTINCT ?p ?up WHERE { ?p rkg:within ?up }");
        assertEquals(new java.util.HashSet<>(path), new java.util.HashSet<>(within));
        // ... and within each article graph, where the assembler wrote it
        assertFalse(ask("ASK { GRAPH ?g { ?p rkg:partOf+ ?up FILTER NOT EXISTS { ?p rkg:within ?up } } }"));
        List<Map<String, String>> up = select("""
                SELECT ?code WHERE { ?v rkg:divisionCode "141122100218" ; rkg:within/rkg:divisionCode ?code }
                ORDER BY ?code""");
        assertEquals(List.of("140000", "141100", "141122", "141122100"), up.stream().map(r -> r.get("code")).toList());
    }

    @Test
    void readmeQueryOverWithinAnswersAsThePathDid() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf("rkg:divisionCode \"141100\"");
        assertTrue(at > 0, "README has the 吕梁市 query");
        String q = readme.substring(readme.lastIndexOf("SELECT", at), readme.indexOf("```", at));
        assertTrue(q.contains("rkg:within ?prefecture"), q);
        List<Map<String, String>> now = select(q);
        List<Map<String, String>> before = select(q.replace("rkg:within ?prefecture", "rkg:partOf+ ?prefecture"));
        assertEquals(before, now);
        assertEquals(2, now.size(), now.toString());
        assertTrue(now.stream().allMatch(r -> r.get("name").equals("前火山村")), now.toString());
    }

    private static long count(String q) {
        return Long.parseLong(select(q).get(0).get("n"));
    }
}
