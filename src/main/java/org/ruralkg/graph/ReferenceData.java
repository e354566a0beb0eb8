package org.ruralkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.ruralkg.RuralKgException;

/**
 * The reference graph: the ruralkg ontology, its SHACL shapes and the SKOS concepts, read from the classpath.
 * Gazetteer facts (partOf, divisionCode) come with each article, so nothing else is needed here.
 *
 * <pre>{@code
 * ReferenceData ref = ReferenceData.fromClasspath();
 * store.replaceReference(ref.model());
 * }</pre>
 */
public final class ReferenceData {
    /** Classpath resources making up the reference graph, in load order. */
    public static final List<String> RESOURCES =
            List.of("ontology/ruralkg.ttl", "ontology/shapes.ttl", "ontology/concepts.ttl");
    public static final String SHAPES = "ontology/shapes.ttl";

    private final Model model;
    private final List<String> missing;

    private ReferenceData(Model model, List<String> missing) {
        this.model = model;
        this.missing = List.copyOf(missing);
    }

    /** Reads whichever of {@link #RESOURCES} are on the classpath; {@link #missing()} names the others. */
    public static ReferenceData fromClasspath() {
        Model m = ModelFactory.createDefaultModel();
        List<String> missing = new ArrayList<>();
        for (String name : RESOURCES) {
            if (!readResource(name, m)) {
                missing.add(name);
            }
        }
        return new ReferenceData(m, missing);
    }

    /** Reads one Turtle classpath resource into {@code into}; false when there is no such resource. */
    public static boolean readResource(String name, Model into) {
        ClassLoader cl = ReferenceData.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(name)) {
            if (in == null) {
                return false;
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("classpath:" + name).parse(into);
            return true;
        } catch (IOException e) {
            throw new RuralKgException("cannot read classpath resource " + name + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new RuralKgException("classpath resource " + name + " is not valid Turtle: " + e.getMessage(), e);
        }
    }

    public Model model() {
        return model;
    }

    /**
     * The reference graph as stored under {@code iris.referenceGraph()}: {@link #model()} plus a title and a
     * description of the graph itself, so that its IRI, like every IRI the store mints, resolves to a page.
     */
    public Model graph(IriMinter iris) {
        Model m = ModelFactory.createDefaultModel().add(model);
        m.setNsPrefixes(model.getNsPrefixMap());
        m.createResource(iris.referenceGraph())
                .addProperty(DCTerms.title, "参考数据：本体、约束与概念", "zh")
                .addProperty(DCTerms.title, "Reference data: ontology, shapes and concepts", "en")
                .addProperty(DCTerms.description, "The named graph holding the ruralkg ontology, its SHACL shapes and "
                        + "the crop and livestock concepts, loaded with every build.", "en");
        return m;
    }

    /** Resources of {@link #RESOURCES} that were not on the classpath. */
    public List<String> missing() {
        return missing;
    }
}
