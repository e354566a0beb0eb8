package org.ruralkg.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
        // each node formatted once: subjects and predicates recur in most of an article's quads, and formatting
        // (a writer per call, every character checked) took ~30 % of a task's time in a JFR profile
        Map<Node, String> formatted = new HashMap<>();
        Function<Node, String> str = n -> formatted.computeIfAbsent(n, NodeFmtLib::strNT);
        g.getGraph().find().forEachRemaining(t -> out.add(str.apply(t.getSubject()) + " "
                + str.apply(t.getPredicate()) + " " + str.apply(t.getObject()) + " " + name + " ."));
        out.sort(null);
        return out;
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
