package org.ruralkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class NamespacesTest {
    @Test
    void thePrologueDeclaresExactlyTheFixedPrefixes() {
        Query q = QueryFactory.create(Namespaces.sparqlPrologue() + "SELECT ?s { ?s a rkg:Village ; prov:x concept:y }");
        assertEquals(Namespaces.FIXED.getNsPrefixMap(), q.getPrefixMapping().getNsPrefixMap());
        assertFalse(q.getPrefixMapping().getNsPrefixMap().containsKey("id"), "id: depends on the base IRI");
    }

    @Test
    void withTheMinterItAddsId() {
        IriMinter iris = IriMinter.create().build();
        Query q = QueryFactory.create(Namespaces.sparqlPrologue(iris) + "SELECT * { id:x ?p ?o }");
        assertEquals(Namespaces.of(iris), q.getPrefixMapping().getNsPrefixMap());
    }
}
