package org.ruralkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.graph.Namespaces;

/** Every export format, parsed back by Jena, gives the dataset (or its union) it was written from. */
class DumpFormatTest {
    static DatasetGraph sample() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(DumpFormatTest.class.getResourceAsStream("/store/dump-sample.trig")).lang(Lang.TRIG)
                .parse(dsg);
        return dsg;
    }

    @ParameterizedTest
    @EnumSource(DumpFormat.class)
    void writtenDumpParsesBackToTheSameGraphs(DumpFormat format) {
        DatasetGraph in = sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(in, () -> format.write(in, Namespaces.of(IriMinter.create().build()), out));

        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        Lang lang = switch (format) {
            case TURTLE -> Lang.TURTLE;
            case NTRIPLES -> Lang.NTRIPLES;
            case NQUADS -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD11;
            case RDFXML -> Lang.RDFXML;
        };
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).parse(back);

        if (format.keepsGraphs()) {
            assertEquals(3, back.size(), "named graphs kept");
            assertTrue(IsoMatcher.isomorphic(in, back), format + ":\n" + out);
        } else {
            Graph union = in.getUnionGraph();
            assertEquals(union.size(), back.getDefaultGraph().size(), "each triple once");
            assertTrue(IsoMatcher.isomorphic(union, back.getDefaultGraph()), format + ":\n" + out);
        }
    }
}
