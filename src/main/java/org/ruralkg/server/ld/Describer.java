package org.ruralkg.server.ld;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.ruralkg.graph.Namespaces;
import org.ruralkg.vocab.RKG;

/**
 * Builds the description of one resource from all named graphs (and the default graph): its own triples (with
 * the blank nodes and quantity nodes they lead to), incoming links with the labels of their subjects, labels of
 * what it links to and of its properties and classes, its {@code rkg:partOf} chain, and its provenance — the
 * mentions denoting it and the assertions about it, with their source sentences and articles.
 *
 * <pre>{@code Model m = new Describer(dsg).describe("http://localhost:3030/id/place/141122100218");}</pre>
 */
public final class Describer {
    /** Incoming links kept per resource: a much-mentioned place must not make a page of megabytes. */
    public static final int MAX_INCOMING = 2000;
    private static final int MAX_CHAIN = 16;
    static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode());

    /** Prefixes for written representations. */
    public static final PrefixMapping PREFIXES = Namespaces.FIXED;

    private final DatasetGraph dsg;

    public Describer(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The description of an IRI, or null when no graph uses it. Runs in its own read transaction. */
    public Model describe(String iri) {
        return Txn.calculateRead(dsg, () -> describe$(NodeFactory.createURI(iri)));
    }

    private Model describe$(Node s) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(PREFIXES);
        Graph g = m.getGraph();
        Set<Node> labelled = new HashSet<>();

        int own = addSubject(g, s, new HashSet<>());
        if (s.getURI().equals(RKG.ONTOLOGY_IRI)) {
            own += addOntologyTerms(g);
        }
        int incoming = 0;
        Iterator<Quad> in = dsg.find(Node.ANY, Node.ANY, Node.ANY, s);
        while (in.hasNext() && incoming < MAX_INCOMING) {
            Quad q = in.next();
            g.add(q.asTriple());
            incoming++;
            if (isA(q.getSubject(), RKG.Mention.asNode()) || isA(q.getSubject(), RKG.Assertion.asNode())) {
                addProvenance(g, q.getSubject(), labelled);
            } else {
                addLabels(g, q.getSubject(), labelled);
            }
        }
        if (own == 0 && incoming == 0) {
            return null;
        }
        // Assertions name facts by triple term, not by the resource: look each fact about it up by its term.
        for (Triple t : g.find().toList()) {
            if (t.getSubject().equals(s) || t.getObject().equals(s)) {
                addReifiers(g, t, labelled);
            }
        }
        addChain(g, s, labelled);
        // Labels of everything the description links to, and of its properties and classes.
        for (Triple t : g.find().toList()) {
            addLabels(g, t.getPredicate(), labelled);
            if (t.getSubject().equals(s)) {
                addLabels(g, t.getObject(), labelled);
            }
            if (t.getPredicate().equals(RDF.type.asNode())) {
                addLabels(g, t.getObject(), labelled);
            }
        }
        return m;
    }

    /** Adds the subject's triples, following blank nodes and quantity nodes; returns the number of own triples. */
    private int addSubject(Graph g, Node s, Set<Node> seen) {
        if (!seen.add(s)) {
            return 0;
        }
        int n = 0;
        Iterator<Quad> it = dsg.find(Node.ANY, s, Node.ANY, Node.ANY);
        List<Node> follow = new java.util.ArrayList<>();
        while (it.hasNext()) {
            Quad q = it.next();
            g.add(q.asTriple());
            n++;
            Node o = q.getObject();
            if (o.isBlank() || q.getPredicate().equals(RKG.hasQuantity.asNode())) {
                follow.add(o);
            }
        }
        follow.forEach(o -> addSubject(g, o, seen));
        return n;
    }

    private int addOntologyTerms(Graph g) {
        int n = 0;
        Iterator<Quad> types = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY);
        Set<Node> terms = new HashSet<>();
        while (types.hasNext()) {
            Node t = types.next().getSubject();
            if (t.isURI() && t.getURI().startsWith(RKG.NS)) {
                terms.add(t);
            }
        }
        for (Node t : terms) {
            n += addSubject(g, t, new HashSet<>());
        }
        return n;
    }

    /** A mention or assertion: its triples, its sentence (text and offsets) and its article's title. */
    private void addProvenance(Graph g, Node node, Set<Node> labelled) {
        addAll(g, node);
        for (Node sentence : objects(node, RKG.sentence.asNode())) {
            addAll(g, sentence);
            objects(sentence, RKG.inArticle.asNode()).forEach(article -> addLabels(g, article, labelled));
        }
        for (Node article : objects(node, RKG.inArticle.asNode())) {
            addLabels(g, article, labelled);
        }
    }

    private void addReifiers(Graph g, Triple fact, Set<Node> labelled) {
        Node term = NodeFactory.createTripleTerm(fact);
        dsg.find(Node.ANY, Node.ANY, RDF.Nodes.reifies, term)
                .forEachRemaining(q -> addProvenance(g, q.getSubject(), labelled));
    }

    private void addChain(Graph g, Node s, Set<Node> labelled) {
        Node cur = s;
        Set<Node> seen = new HashSet<>();
        for (int i = 0; i < MAX_CHAIN && seen.add(cur); i++) {
            List<Node> parents = objects(cur, RKG.partOf.asNode());
            if (parents.isEmpty()) {
                return;
            }
            Node parent = parents.get(0);
            g.add(Triple.create(cur, RKG.partOf.asNode(), parent));
            addLabels(g, parent, labelled);
            cur = parent;
        }
    }

    private void addAll(Graph g, Node s) {
        dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
    }

    void addLabels(Graph g, Node n, Set<Node> labelled) {
        if (!(n.isURI() || n.isBlank()) || !labelled.add(n)) {
            return;
        }
        for (Node p : LABELS) {
            dsg.find(Node.ANY, n, p, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        }
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new java.util.ArrayList<>();
        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> {
            if (!out.contains(q.getObject())) {
                out.add(q.getObject());
            }
        });
        return out;
    }

    private boolean isA(Node s, Node type) {
        return dsg.contains(Node.ANY, s, RDF.type.asNode(), type);
    }
}
