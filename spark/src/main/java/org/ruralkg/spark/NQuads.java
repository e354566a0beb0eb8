package org.ruralkg.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;

/** N-Quads lines of one named graph, and the graph name of a line. */
final class NQuads {
    private NQuads() {
    }

    /** The triples of {@code g} as N-Quads lines in graph {@code graphIri}, sorted so that output is repeatable. */
    static List<String> lines(Model g, String graphIri) {
        String name = NodeFmtLib.strNT(NodeFactory.createURI(graphIri));
        List<String> out = new ArrayList<>((int) g.size());
        g.getGraph().find().forEachRemaining(t -> out.add(str(t.getSubject()) + " " + str(t.getPredicate()) + " "
                + str(t.getObject()) + " " + name + " ."));
        out.sort(null);
        return out;
    }

    private static String str(Node n) {
        return NodeFmtLib.strNT(n);
    }

    /**
     * The graph IRI of an N-Quads line written by {@link #lines} (every one has a graph). The graph is the last
     * term and an IRI holds no spaces, so the last " <" starts it.
     */
    static String graphOf(String line) {
        String s = line.strip();
        int end = s.lastIndexOf('>');
        int start = s.lastIndexOf(" <", end);
        if (end < 0 || start < 0) {
            throw new IllegalArgumentException("not an N-Quads line of a named graph: " + line);
        }
        return s.substring(start + 2, end);
    }
}
