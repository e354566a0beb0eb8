package org.ruralkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.ruralkg.vocab.RKG;

/** The JSON-LD dump is valid JSON and gives back the named graphs, even with a literal as an rdf:type value. */
class DumpsTest {
    @Test
    void jsonLdDumpParsesBackToTheSameDataset() {
        DatasetGraph in = DatasetGraphFactory.createTxnMem();
        RDFParser.source(getClass().getResourceAsStream("/store/dump-sample.trig")).lang(Lang.TRIG).parse(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(in, () -> Dumps.JSONLD.write(in, out));

        JSON.parseAny(new ByteArrayInputStream(out.toByteArray())); // well-formed JSON
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.JSONLD11).parse(back);
        assertTrue(IsoMatcher.isomorphic(in, back), out.toString());
    }

    @Test
    void contextIsJsonWithThePrefixes() {
        assertEquals(RKG.NS, JSON.parse(Dumps.context()).get("@context").getAsObject().get("rkg").getAsString()
                .value());
    }
}
