package org.ruralkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTest {
    @Test
    void rowsAreKeyedByTheHeaderWithQuotesKeptAndCommentsSkipped() {
        List<Tsv.Row> rows = Tsv.rows(new StringReader(
                "# a comment\nname\tkind\n\n\"美丽乡村\"建设 \tProgram\n# another\n农民夜校\tProgram\textra\n"), "test");
        assertEquals(2, rows.size());
        assertEquals("\"美丽乡村\"建设", rows.get(0).get("name"));
        assertEquals("Program", rows.get(0).get("kind"));
        assertEquals("农民夜校", rows.get(1).get("name"));
        assertEquals(2, rows.get(1).values().size());
    }
}
