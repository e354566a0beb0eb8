package org.ruralkg.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.server.KgServer;
import org.ruralkg.store.KnowledgeStore;
import org.ruralkg.vocab.RKG;

/**
 * The endpoint tests' store, one article naming {@code places} labelled villages (村0, 村1, …), and the servers
 * a test class starts over it; {@link #close} stops them all and closes the store.
 */
final class EndpointFixture implements AutoCloseable {
    static final IriMinter IRIS = IriMinter.defaults();

    final KnowledgeStore store = KnowledgeStore.create().inMemory().build();
    private final List<KgServer> servers = new ArrayList<>();

    /** @param more adds statements to the article's model (after the places) before it is stored */
    EndpointFixture(String article, int places, UnaryOperator<Model> more) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(article).addProperty(RDF.type, RKG.Article).addProperty(RKG.contentHash, "x");
        for (int i = 0; i < places; i++) {
            m.createResource(place(i)).addProperty(RDFS.label, "村" + i, "zh");
        }
        store.replaceArticle(article, more.apply(m));
    }

    /** The IRI of place {@code i}. */
    static String place(int i) {
        return IRIS.entity("place/1405251" + String.format("%05d", i));
    }

    /** Starts a server over the store (free port, no UI), configured by {@code config}; returns its URL. */
    String start(UnaryOperator<KgServer.Builder> config) {
        return started(config.apply(KgServer.create().dataset(store.dataset()).port(0).ui(false)).build().start())
                .url();
    }

    /** Stops {@code s} on {@link #close}. */
    KgServer started(KgServer s) {
        servers.add(s);
        return s;
    }

    @Override
    public void close() {
        servers.forEach(KgServer::stop);
        store.close();
    }
}
