package org.ruralkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityKeyTest {
    @Test
    void writesTheStringsStoredInRecords() {
        // these strings become IRIs: a change here changes every IRI of a built store
        assertEquals("place/140525113", EntityKey.place("140525113").toString());
        assertEquals("org/交城县农业农村局", EntityKey.org("交城县农业农村局").toString());
        assertEquals("place/龙村@140525", EntityKey.scoped(EntityKey.PLACE, "龙村", "140525").toString());
        assertEquals("person/王海涛@a1", EntityKey.scoped(EntityKey.PERSON, "王海涛", "a1").toString());
        assertEquals("org/140525113-党委", EntityKey.bodyOf("place/140525113", "党委").toString());
        assertEquals("post/140525113-党委/书记", EntityKey.post("org/140525113-党委", "书记").toString());
    }

    @Test
    void parseSplitsAtTheFirstSlashAndRoundTrips() {
        EntityKey k = EntityKey.parse("post/140525113-党委/书记");
        assertEquals(new EntityKey("post", "140525113-党委/书记"), k);
        assertEquals("post/140525113-党委/书记", k.toString());
        assertEquals("hongshu", EntityKey.localOf("concept/hongshu"));
    }

    @Test
    void rejectsKeysWithoutBothParts() {
        for (String bad : new String[] {"place", "/140525113", "place/", ""}) {
            assertThrows(IllegalArgumentException.class, () -> EntityKey.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new EntityKey("a/b", "c"));
        assertThrows(IllegalArgumentException.class, () -> new EntityKey("org", ""));
    }

    @Test
    void tellsKindsAndBodiesApart() {
        assertTrue(EntityKey.isKind("org/x", EntityKey.ORG));
        assertFalse(EntityKey.isKind("organ/x", EntityKey.ORG));
        assertFalse(EntityKey.isKind("org/", EntityKey.ORG));
        assertFalse(EntityKey.isKind(null, EntityKey.ORG));
        assertTrue(EntityKey.isBodyOf("org/140525113-党委", "place/140525113"));
        assertFalse(EntityKey.isBodyOf("org/1405251130-党委", "place/140525113"));
    }
}
