package org.ruralkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ruralkg.vocab.RKG;

class IriMinterTest {
    private final IriMinter iris = IriMinter.defaults();

    @Test
    void defaultBaseIsTheDefaultServer() {
        assertEquals("http://localhost:3030/id/article/000_e40f-1", iris.article("000_e40f-1"));
        assertEquals("http://localhost:3030/graph/reference", iris.referenceGraph());
    }

    @Test
    void safeLocalNamesAreKept() {
        assertEquals("http://localhost:3030/id/place/140525113", iris.entity("place/140525113"));
    }

    @Test
    void chineseNamesAreHashedStablyAndDistinctly() {
        String a = iris.entity("org/交城县天宁镇前火山锦绣养殖有限公司");
        assertEquals(a, IriMinter.defaults().entity("org/交城县天宁镇前火山锦绣养殖有限公司"));
        assertTrue(a.matches("http://localhost:3030/id/org/h[0-9a-f]{12}"), a);
        assertNotEquals(a, iris.entity("org/交城县天宁镇前火山村股份经济合作社"));
        // same local name under another kind is another thing
        assertNotEquals(a, iris.entity("person/交城县天宁镇前火山锦绣养殖有限公司"));
    }

    @Test
    void conceptsUseTheConceptNamespace() {
        assertEquals(RKG.CONCEPT_NS + "hongshu", iris.entity("concept/hongshu"));
    }

    @Test
    void baseIsConfigurable() {
        IriMinter other = IriMinter.create().base("https://kg.example.org/").build();
        assertEquals("https://kg.example.org/id/place/14", other.entity("place/14"));
    }

    @Test
    void badInputIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> iris.entity("noslash"));
        assertTrue(e.getMessage().contains("noslash"));
        assertThrows(IllegalArgumentException.class, () -> iris.entity("Place/1"));
        assertThrows(IllegalArgumentException.class, () -> iris.article("a b"));
        var b = assertThrows(IllegalArgumentException.class, () -> IriMinter.create().base("http://x.org"));
        assertTrue(b.getMessage().contains("http://x.org"));
    }
}
