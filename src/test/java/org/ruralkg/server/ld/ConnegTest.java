package org.ruralkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ConnegTest {
    @Test
    void highestQualityWinsAndTiesGoToTheServerOrder() {
        assertEquals(RdfFormat.HTML, Conneg.choose(null, RdfFormat.ALL));
        assertEquals(RdfFormat.HTML, Conneg.choose("*/*", RdfFormat.ALL));
        assertEquals(RdfFormat.TURTLE, Conneg.choose("*/*", RdfFormat.RDF_ONLY));
        assertEquals(RdfFormat.TURTLE, Conneg.choose("text/turtle;q=0.9, text/html;q=0.5", RdfFormat.ALL));
        assertEquals(RdfFormat.RDFXML, Conneg.choose("application/rdf+xml, text/turtle;q=0.2", RdfFormat.ALL));
        assertEquals(RdfFormat.NTRIPLES, Conneg.choose("APPLICATION/N-Triples", RdfFormat.ALL));
    }

    @Test
    void theMostSpecificRangeSetsTheQuality() {
        // text/* would allow Turtle, but the exact range refuses it.
        assertEquals(RdfFormat.HTML, Conneg.choose("text/*;q=0.8, text/turtle;q=0", RdfFormat.ALL));
        assertNull(Conneg.choose("text/*;q=0.8, text/turtle;q=0, text/html;q=0", RdfFormat.ALL));
    }

    @Test
    void nothingAcceptableGivesNull() {
        assertNull(Conneg.choose("image/png", RdfFormat.ALL));
        assertNull(Conneg.choose("text/html", RdfFormat.RDF_ONLY));
        assertNull(Conneg.choose("text/turtle;q=abc", RdfFormat.ALL));
        assertNull(Conneg.choose("text/turtle;q=0", RdfFormat.ALL));
        // "text" without a subtype is malformed, not text/*.
        assertNull(Conneg.choose("text", RdfFormat.ALL));
    }

    @Test
    void parameterNamesAndWildcardsAreReadAsTheRfcSays() {
        assertEquals(RdfFormat.JSONLD, Conneg.choose("text/*;Q=0.1, application/ld+json;Q=0.7", RdfFormat.ALL));
        assertEquals(RdfFormat.TURTLE, Conneg.choose("*;q=0.5", RdfFormat.RDF_ONLY));
        assertEquals(RdfFormat.NTRIPLES,
                Conneg.choose("text/turtle;q=0.3, application/*;q=0.4, application/n-triples", RdfFormat.RDF_ONLY));
    }
}
