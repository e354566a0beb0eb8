package org.ruralkg.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.ruralkg.vocab.PROV;
import org.ruralkg.vocab.RKG;

/**
 * The one table of prefixes ruralkg writes, so Turtle output, pages, dumps and query results stay readable and
 * agree with each other.
 */
public final class Namespaces {
    /** Every prefix except {@code id:}, whose namespace depends on the base IRI; locked. */
    public static final PrefixMapping FIXED = PrefixMapping.Factory.create()
            .setNsPrefix("rkg", RKG.NS)
            .setNsPrefix("concept", RKG.CONCEPT_NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("schema", SchemaDO.NS)
            .setNsPrefix("prov", PROV.NS)
            .lock();

    private Namespaces() {
    }

    /** Prefix to namespace: {@link #FIXED} plus {@code id:} for the minted IRIs of {@code iris}. */
    public static Map<String, String> of(IriMinter iris) {
        Map<String, String> p = new LinkedHashMap<>(FIXED.getNsPrefixMap());
        p.put("id", iris.base() + "id/");
        return p;
    }

    public static void apply(PrefixMapping target, IriMinter iris) {
        target.setNsPrefixes(of(iris));
    }

    /** SPARQL PREFIX lines for {@code of(iris)}, to put in front of a query. */
    public static String sparqlPrologue(IriMinter iris) {
        return prologue(of(iris));
    }

    /** SPARQL PREFIX lines for {@link #FIXED}, for queries that do not need {@code id:}. */
    public static String sparqlPrologue() {
        return prologue(FIXED.getNsPrefixMap());
    }

    private static String prologue(Map<String, String> prefixes) {
        StringBuilder sb = new StringBuilder();
        prefixes.forEach((k, v) -> sb.append("PREFIX ").append(k).append(": <").append(v).append(">\n"));
        return sb.toString();
    }

    static void apply(Model m, IriMinter iris) {
        apply((PrefixMapping) m, iris);
    }
}
