package org.ruralkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralkg.link.Concepts;
import org.ruralkg.vocab.RKG;

class ShapesTest {
    private static final String PLACE = "https://w3id.org/ruralkg/place/";
    private static final String TEST = "https://w3id.org/ruralkg/test/";
    private static Shapes shapes;

    @BeforeAll
    static void parse() throws Exception {
        shapes = Shapes.parse(OntologyTest.load("ontology/shapes.ttl").getGraph());
    }

    private static ValidationReport validate(String fixture) throws Exception {
        Graph data = OntologyTest.load("org/ruralkg/shapes/" + fixture).getGraph();
        return ShaclValidator.get().validate(shapes, data);
    }

    @Test
    void shapesTargetTheOntologyClasses() {
        assertTrue(shapes.numRootShapes() >= 15, "only " + shapes.numRootShapes() + " root shapes");
    }

    @Test
    void validGraphConforms() throws Exception {
        ValidationReport report = validate("valid.ttl");
        assertTrue(report.conforms(), () -> report.getEntries().stream().map(ReportEntry::toString)
                .collect(Collectors.joining("\n")));
    }

    @Test
    void brokenGraphReportsOneViolationPerBrokenNode() throws Exception {
        ValidationReport report = validate("broken.ttl");
        assertTrue(!report.conforms());
        Set<String> found = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            assertEquals(Severity.Violation, e.severity());
            String path = e.resultPath() == null ? "-" : e.resultPath().toString();
            found.add(e.focusNode().getURI() + " " + path);
        }
        assertEquals(new TreeSet<>(List.of(
                // divisions are checked as a whole (linked with code and parent, or rkg:linked false): no path
                PLACE + "140525113 -",
                PLACE + "140525113201 -",
                TEST + "company <" + RKG.grows.getURI() + ">",
                TEST + "coop <http://www.w3.org/2000/01/rdf-schema#label>",
                TEST + "mention <" + RKG.startOffset.getURI() + ">")), found);
    }

    @Test
    void anUnlinkedVillageNeedsNoCodeButMayNotClaimOne() throws Exception {
        Model m = OntologyTest.load("org/ruralkg/shapes/valid.ttl");
        org.apache.jena.rdf.model.Resource v = m.getResource(PLACE + "140525113201");
        m.removeAll(v, RKG.divisionCode, null);
        assertFalse(ShaclValidator.get().validate(shapes, m.getGraph()).conforms(), "a linked village without a code");
        m.addLiteral(v, RKG.linked, false);
        assertTrue(ShaclValidator.get().validate(shapes, m.getGraph()).conforms(), "an unlinked village without a code");
        m.add(v, RKG.divisionCode, "140525113201");
        assertFalse(ShaclValidator.get().validate(shapes, m.getGraph()).conforms(), "an unlinked village with a code");
    }

    @Test
    void wrongLevelParentIsAViolation() throws Exception {
        Model m = OntologyTest.load("org/ruralkg/shapes/valid.ttl");
        // a village directly under a county skips the township level
        m.removeAll(m.getResource(PLACE + "140525113201"), RKG.partOf, null);
        m.add(m.getResource(PLACE + "140525113201"), RKG.partOf, m.getResource(PLACE + "140525"));
        ValidationReport report = ShaclValidator.get().validate(shapes, m.getGraph());
        Node village = NodeFactory.createURI(PLACE + "140525113201");
        assertEquals(1, report.getEntries().size(), report.getEntries().toString());
        assertEquals(village, report.getEntries().iterator().next().focusNode());
    }

    @Test
    void shippedConceptSchemeConforms() {
        ValidationReport report = ShaclValidator.get().validate(shapes, Concepts.load().model().getGraph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }
}
