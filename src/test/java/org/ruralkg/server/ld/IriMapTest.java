package org.ruralkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ruralkg.RuralKgException;

class IriMapTest {
    @Test
    void pathsMapToIrisUnderAPublicBase() {
        IriMap map = new IriMap("https://data.example.org/");
        assertEquals("https://data.example.org/id/place/141122100218", map.iriOf("/id/place/141122100218"));
        assertEquals("https://w3id.org/ruralkg/ontology", map.iriOf("/ontology"));
        assertEquals("https://w3id.org/ruralkg/ontology#Village", map.iriOf("/ontology/Village"));
        assertEquals("https://w3id.org/ruralkg/concept/hongshu", map.iriOf("/concept/hongshu"));
        assertEquals("/id/article/a1/s/3", map.pathOf("https://data.example.org/id/article/a1/s/3"));
        assertEquals("/ontology/partOf", map.pathOf("https://w3id.org/ruralkg/ontology#partOf"));
        assertNull(map.pathOf("http://www.w3.org/2000/01/rdf-schema#label"));
        assertEquals("http://www.w3.org/2000/01/rdf-schema#label",
                map.href("", "http://www.w3.org/2000/01/rdf-schema#label"));
    }

    @Test
    void chineseIdentifiersSurviveTheRoundTrip() {
        IriMap map = new IriMap("http://localhost:3030/");
        String iri = "http://localhost:3030/id/org/交城县天宁镇前火山锦绣养殖有限公司";
        String href = map.href("", iri);
        assertTrue(href.startsWith("/id/org/%E4%BA%A4"), href);
        assertEquals(iri, map.iriOf(IriMap.decodePath(href)));
        assertEquals("/a+b c", IriMap.decodePath("/a+b%20c"));
    }

    @Test
    void linksEscapeWhatWouldEndOrBreakAPathAndBadEscapesStayAsTheyCame() {
        assertEquals("/class/a%22b%3Fc%23d%20e", IriMap.encodePath("/class/a\"b?c#d e"));
        assertEquals("/class/a\"b?c#d e", IriMap.decodePath("/class/a%22b%3Fc%23d%20e"));
        assertEquals("/id/a%zz", IriMap.decodePath("/id/a%zz"));
        assertEquals("/id/a%4", IriMap.decodePath("/id/a%4"));
    }

    @Test
    void aBadBaseIsRefusedByName() {
        RuralKgException e = assertThrows(RuralKgException.class, () -> new IriMap("http://localhost:3030"));
        assertTrue(e.getMessage().contains("http://localhost:3030"));
        assertThrows(RuralKgException.class, () -> LinkedData.create().base("relative/"));
    }
}
