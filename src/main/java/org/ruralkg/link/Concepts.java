package org.ruralkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.ruralkg.RuralKgException;
import org.ruralkg.EntityKey;
import org.ruralkg.EntityKind;
import org.ruralkg.vocab.RKG;

/**
 * The crop and livestock concepts shipped in {@code ontology/concepts.ttl}, looked up by their Chinese
 * preferred or alternative labels.
 *
 * <pre>{@code
 * Concepts concepts = Concepts.load();
 * concepts.byLabel("地瓜").map(Concept::key);   // Optional["concept/hongshu"]
 * }</pre>
 *
 * Immutable and thread-safe; {@link #load()} parses the file once per JVM.
 */
public final class Concepts {
    /** Classpath location of the concept scheme. */
    public static final String RESOURCE = "ontology/concepts.ttl";

    private final Model model;
    private final Map<String, Concept> byIri;
    private final Map<String, Concept> byLabel;

    private Concepts(Model model, String source) {
        this.model = model;
        Map<String, Concept> concepts = new LinkedHashMap<>();
        Map<String, Concept> labels = new HashMap<>();
        List<Resource> subjects = model.listResourcesWithProperty(RDF.type, SKOS.Concept).toList();
        subjects.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Resource r : subjects) {
            Concept c = toConcept(r, source);
            concepts.put(c.iri(), c);
            for (String label : zhLabels(r)) {
                Concept other = labels.putIfAbsent(label, c);
                if (other != null && !other.equals(c)) {
                    throw new RuralKgException(source + ": label '" + label + "' names both " + other.iri()
                            + " and " + c.iri());
                }
            }
        }
        for (Concept c : concepts.values()) {
            if (c.broaderIri() != null && !concepts.containsKey(c.broaderIri())) {
                throw new RuralKgException(source + ": " + c.iri() + " has skos:broader " + c.broaderIri()
                        + ", which is not a concept of the scheme");
            }
        }
        this.byIri = Collections.unmodifiableMap(concepts);
        this.byLabel = Collections.unmodifiableMap(labels);
    }

    /** The shipped concept scheme, parsed on first use. */
    public static Concepts load() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Concepts INSTANCE = fromClasspath(RESOURCE);
    }

    static Concepts fromClasspath(String resource) {
        try (InputStream in = Concepts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuralKgException("concept scheme " + resource + " is not on the classpath");
            }
            return parse(in, resource);
        } catch (IOException e) {
            throw new RuralKgException("cannot read concept scheme " + resource, e);
        }
    }

    /** Parses a concept scheme in Turtle; {@code source} names it in error messages. */
    public static Concepts parse(InputStream turtle, String source) {
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(turtle).lang(Lang.TURTLE).base(RKG.CONCEPT_NS).parse(m);
        } catch (RiotException e) {
            throw new RuralKgException(source + ": not valid Turtle: " + e.getMessage(), e);
        }
        return new Concepts(m, source);
    }

    /** The concept whose Chinese preferred or alternative label is exactly {@code zh} (surrounding blanks ignored). */
    public Optional<Concept> byLabel(String zh) {
        if (zh == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byLabel.get(zh.strip()));
    }

    /** The concept with this IRI. */
    public Optional<Concept> byIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** The concept with this entity key, e.g. {@code "concept/hongshu"}. */
    public Optional<Concept> byKey(String key) {
        if (!EntityKey.isKind(key, EntityKey.CONCEPT)) {
            return Optional.empty();
        }
        return byIri(RKG.CONCEPT_NS + EntityKey.localOf(key));
    }

    /** Every concept, in IRI order. */
    public Collection<Concept> all() {
        return byIri.values();
    }

    /** Every Chinese preferred and alternative label, for building a matcher. */
    public Set<String> labels() {
        return byLabel.keySet();
    }

    /** A copy of the concept scheme as RDF, to add to the knowledge graph. */
    public Model model() {
        return ModelFactory.createDefaultModel().add(model);
    }

    private static Concept toConcept(Resource r, String source) {
        if (!r.isURIResource() || !r.getURI().startsWith(RKG.CONCEPT_NS)) {
            throw new RuralKgException(source + ": concept " + r + " is not in namespace " + RKG.CONCEPT_NS);
        }
        boolean crop = r.hasProperty(RDF.type, RKG.Crop);
        boolean livestock = r.hasProperty(RDF.type, RKG.Livestock);
        if (crop == livestock) {
            throw new RuralKgException(source + ": concept " + r.getURI()
                    + " must be typed exactly one of rkg:Crop and rkg:Livestock");
        }
        String zh = prefLabel(r, "zh", source);
        String en = prefLabel(r, "en", source);
        List<Statement> broader = r.listProperties(SKOS.broader).toList();
        if (broader.size() > 1) {
            throw new RuralKgException(source + ": concept " + r.getURI() + " has more than one skos:broader");
        }
        String broaderIri = broader.isEmpty() ? null : broader.get(0).getResource().getURI();
        String key = EntityKey.concept(r.getURI().substring(RKG.CONCEPT_NS.length())).toString();
        return new Concept(r.getURI(), key, zh, en, crop ? EntityKind.CROP : EntityKind.LIVESTOCK, broaderIri);
    }

    private static String prefLabel(Resource r, String lang, String source) {
        List<String> found = new ArrayList<>();
        for (Statement s : r.listProperties(SKOS.prefLabel).toList()) {
            if (s.getObject().isLiteral() && s.getLiteral().getLanguage().equals(lang)) {
                found.add(s.getLiteral().getLexicalForm());
            }
        }
        if (found.size() != 1) {
            throw new RuralKgException(source + ": concept " + r.getURI() + " needs exactly one skos:prefLabel @"
                    + lang + ", has " + found.size());
        }
        return found.get(0);
    }

    private static List<String> zhLabels(Resource r) {
        List<String> labels = new ArrayList<>();
        for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel)) {
            for (Statement s : r.listProperties(p).toList()) {
                RDFNode o = s.getObject();
                if (o.isLiteral()) {
                    Literal l = o.asLiteral();
                    if (l.getLanguage().equals("zh") || l.getLanguage().startsWith("zh-")) {
                        labels.add(l.getLexicalForm().strip());
                    }
                }
            }
        }
        return labels;
    }
}
