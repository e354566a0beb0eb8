package org.ruralkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ruralkg.EntityKind;
import org.ruralkg.vocab.PROV;
import org.ruralkg.vocab.RKG;

class OntologyTest {
    private static Model onto;

    @BeforeAll
    static void parse() throws Exception {
        onto = load("ontology/ruralkg.ttl");
    }

    static Model load(String resource) throws Exception {
        try (InputStream in = OntologyTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the classpath");
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return m;
        }
    }

    /** The classes and properties of RKG.java, found by reflection so a new constant cannot be forgotten. */
    private static List<Resource> constants(Class<?> type) throws IllegalAccessException {
        List<Resource> out = new ArrayList<>();
        for (Field f : RKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
                Resource r = (Resource) f.get(null);
                if (!r.getURI().equals(RKG.NS)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    @Test
    void headerDescribesTheOntology() {
        Resource o = onto.getResource(RKG.ONTOLOGY_IRI);
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        for (Property p : List.of(DCTerms.title, DCTerms.description, OWL.versionInfo, DCTerms.license)) {
            assertTrue(o.hasProperty(p), "ontology header lacks " + p);
        }
        assertTrue(o.hasLiteral(ResourceFactory.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix"),
                "rkg"));
    }

    @Test
    void everyClassConstantIsADeclaredClassWithLabels() throws Exception {
        List<Resource> classes = constants(Resource.class);
        assertTrue(classes.size() >= 35, "found only " + classes.size() + " class constants");
        for (Resource c : classes) {
            assertTrue(onto.contains(c, RDF.type, OWL.Class), c + " is not declared an owl:Class");
            assertDocumented(c);
        }
    }

    @Test
    void everyPropertyConstantIsADeclaredPropertyWithLabels() throws Exception {
        List<Resource> properties = constants(Property.class);
        assertTrue(properties.size() >= 45, "found only " + properties.size() + " property constants");
        for (Resource p : properties) {
            assertTrue(onto.contains(p, RDF.type, OWL.ObjectProperty) || onto.contains(p, RDF.type, OWL.DatatypeProperty)
                    || onto.contains(p, RDF.type, OWL.AnnotationProperty), p + " is not declared a property");
            assertDocumented(p);
        }
    }

    @Test
    void everyOntologyTermHasAJavaConstant() throws Exception {
        Set<String> java = new TreeSet<>();
        constants(Resource.class).forEach(r -> java.add(r.getURI()));
        constants(Property.class).forEach(r -> java.add(r.getURI()));
        Set<String> declared = new TreeSet<>();
        onto.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(RKG.NS)) {
                declared.add(s.getURI());
            }
        });
        declared.removeAll(java);
        assertEquals(Set.of(), declared, "terms of ruralkg.ttl without a constant in RKG.java");
    }

    @Test
    void everyEntityKindIsAClass() {
        for (EntityKind k : EntityKind.values()) {
            assertTrue(onto.contains(onto.getResource(RKG.NS + k.localName()), RDF.type, OWL.Class), k.toString());
        }
    }

    @Test
    void hierarchyAlignsWithSharedVocabularies() {
        for (Resource level : List.of(RKG.Province, RKG.Prefecture, RKG.County, RKG.Township, RKG.Village)) {
            assertSubClass(level, RKG.AdministrativeDivision);
        }
        assertSubClass(RKG.AdministrativeDivision, RKG.Place);
        assertSubClass(RKG.Mountain, RKG.Place);
        assertSubClass(RKG.Place, SchemaDO.Place);
        assertSubClass(RKG.Organization, SchemaDO.Organization);
        assertSubClass(RKG.Organization, onto.getResource("http://www.w3.org/ns/org#Organization"));
        assertSubClass(RKG.Company, SchemaDO.Corporation);
        assertSubClass(RKG.Honour, RKG.Program);
        assertSubClass(RKG.Crop, SKOS.Concept);
        assertSubClass(RKG.Livestock, SKOS.Concept);
        assertSubClass(RKG.Post, onto.getResource("http://www.w3.org/ns/org#Post"));
        assertSubClass(RKG.Quantity, SchemaDO.QuantitativeValue);
        assertSubClass(RKG.Article, SchemaDO.NewsArticle);
        assertSubClass(RKG.Article, PROV.Entity);
        assertSubClass(RKG.Assertion, PROV.Entity);

        assertTrue(onto.contains(RKG.partOf, RDFS.subPropertyOf, SchemaDO.containedInPlace));
        assertTrue(onto.contains(RKG.mentions, RDFS.subPropertyOf, SchemaDO.mentions));
        assertTrue(onto.contains(RKG.value, RDFS.subPropertyOf, SchemaDO.value));
        assertTrue(onto.contains(RKG.inArticle, RDFS.subPropertyOf, PROV.wasDerivedFrom));
        assertTrue(onto.contains(RKG.grows, RDFS.range, RKG.Crop));
        assertTrue(onto.contains(RKG.raises, RDFS.range, RKG.Livestock));
        assertTrue(onto.contains(RKG.divisionCode, RDF.type, OWL.DatatypeProperty));
        assertTrue(onto.contains(RKG.partOf, RDF.type, OWL.ObjectProperty));
    }

    private static void assertSubClass(Resource sub, Resource sup) {
        assertTrue(onto.contains(sub, RDFS.subClassOf, sup), sub + " should be a subclass of " + sup);
    }

    private static void assertDocumented(Resource term) {
        for (Property p : List.of(RDFS.label, RDFS.comment)) {
            for (String lang : List.of("zh", "en")) {
                boolean found = onto.listObjectsOfProperty(term, p).toList().stream()
                        .anyMatch(n -> n.isLiteral() && n.asLiteral().getLanguage().equals(lang)
                                && !n.asLiteral().getLexicalForm().isBlank());
                assertTrue(found, term + " has no " + p.getLocalName() + " @" + lang);
            }
        }
    }
}
