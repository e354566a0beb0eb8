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

/** The prefixes ruralkg writes, so Turtle output and query results stay readable. */
public final class Namespaces {
    private Namespaces() {
    }

    /** Prefix to namespace, including {@code id:} for the minted IRIs of {@code iris}. */
    public static Map<String, String> of(IriMinter iris) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("rkg", RKG.NS);
        p.put("concept", RKG.CONCEPT_NS);
        p.put("id", iris.base() + "id/");
        p.put("rdf", RDF.getURI());
        p.put("rdfs", RDFS.getURI());
        p.put("owl", OWL.getURI());
        p.put("xsd", XSD.getURI());
        p.put("skos", SKOS.getURI());
        p.put("dcterms", DCTerms.getURI());
        p.put("schema", SchemaDO.NS);
        p.put("prov", PROV.NS);
        return p;
    }

    public static void apply(PrefixMapping target, IriMinter iris) {
        target.setNsPrefixes(of(iris));
    }

    /** SPARQL PREFIX lines for {@code of(iris)}, to put in front of a query. */
    public static String sparqlPrologue(IriMinter iris) {
        StringBuilder sb = new StringBuilder();
        of(iris).forEach((k, v) -> sb.append("PREFIX ").append(k).append(": <").append(v).append(">\n"));
        return sb.toString();
    }

    static void apply(Model m, IriMinter iris) {
        apply((PrefixMapping) m, iris);
    }
}
