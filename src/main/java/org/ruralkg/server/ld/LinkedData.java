package org.ruralkg.server.ld;

import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.IriMinter;

/**
 * The linked-data face of the knowledge graph, installed into a Fuseki server: dereferenceable IRIs with content
 * negotiation ({@code /id/…}, {@code /ontology…}, {@code /concept/…}), HTML pages ({@code /home},
 * {@code /class/<Name>}, {@code /articles}, {@code /search}), dumps ({@code /dumps/}) and a VoID description
 * ({@code /.well-known/void}). Any page may read them: KgServer's CORS filter
 * answers {@code Access-Control-Allow-Origin: *}, without credentials.
 *
 * <pre>{@code
 * Dataset ds = TextIndex.wrap(tdb, dir);                       // text index makes /search work
 * LinkedData ld = LinkedData.create().dataset(ds).base("http://localhost:3030/").build();
 * FusekiServer.Builder b = FusekiServer.create().port(3030).add("/kg", ds);
 * ld.install(b);
 * b.build().start();
 * }</pre>
 *
 * Shortcut for the common case: {@code LinkedData.of(ds)} (base {@value IriMinter#DEFAULT_BASE}).
 *
 * <p>Resources are served with 200 at their own IRI's path (no 303 to a separate document URL); the response
 * carries a {@code Content-Location} naming the format-specific URL ({@code ….ttl}).
 */
public final class LinkedData {
    public static final String DEFAULT_SPARQL_PATH = "kg/sparql";
    public static final String DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    /** Path prefixes under the base whose IRIs are described; the graph mints its IRIs under {@code id/}. */
    public static final String ID_PREFIX = "/id/*";

    private final Dataset dataset;
    private final IriMap iris;
    private final String sparqlEndpoint;
    private final String license;
    private final Pages pages = new Pages();
    private final Describer describer;
    private final Stats stats;

    private LinkedData(Builder b) {
        this.dataset = b.dataset;
        this.iris = new IriMap(b.base);
        this.sparqlEndpoint = b.sparqlEndpoint != null ? b.sparqlEndpoint : b.base + DEFAULT_SPARQL_PATH;
        this.license = b.license;
        this.describer = new Describer(dataset.asDatasetGraph());
        this.stats = new Stats(dataset);
    }

    public static Builder create() {
        return new Builder();
    }

    /** Linked data over a dataset with the default base, SPARQL endpoint and licence. */
    public static LinkedData of(Dataset dataset) {
        return create().dataset(dataset).build();
    }

    /** Adds the linked-data servlets to a Fuseki builder; the Fuseki UI and datasets keep their own paths. */
    public FusekiServer.Builder install(FusekiServer.Builder builder) {
        Objects.requireNonNull(builder, "builder");
        builder.addServlet(ID_PREFIX, new ResourceServlet(this));
        builder.addServlet("/ontology/*", new ResourceServlet(this));
        for (RdfFormat f : RdfFormat.ALL) {
            builder.addServlet("/ontology." + f.extension(), new ResourceServlet(this));
        }
        builder.addServlet("/concept/*", new ResourceServlet(this));
        builder.addServlet("/home", new PageServlet(this));
        builder.addServlet("/articles", new PageServlet(this));
        builder.addServlet("/class/*", new PageServlet(this));
        builder.addServlet("/search", new PageServlet(this));
        builder.addServlet("/dumps/*", new DumpServlet(this));
        builder.addServlet("/context.jsonld", new DumpServlet(this));
        builder.addServlet("/.well-known/void", new VoidServlet(this));
        return builder;
    }

    public Dataset dataset() {
        return dataset;
    }

    public IriMap iris() {
        return iris;
    }

    public String sparqlEndpoint() {
        return sparqlEndpoint;
    }

    public String license() {
        return license;
    }

    /** The description of one IRI (see {@link Describer}). */
    public Describer describer() {
        return describer;
    }

    Pages pages() {
        return pages;
    }

    Stats stats() {
        return stats;
    }

    /** Configuration of {@link LinkedData}; only the dataset is required. */
    public static final class Builder {
        private Dataset dataset;
        private String base = IriMinter.DEFAULT_BASE;
        private String sparqlEndpoint;
        private String license = DEFAULT_LICENSE;

        private Builder() {
        }

        /** The dataset to describe; pass the text-indexed one ({@code TextIndex.wrap}) for search. */
        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** Base of the minted IRIs, ending in "/"; may be a public host, the server still serves each path. */
        public Builder base(String base) {
            this.base = new IriMap(base).base(); // checks it: absolute, ending in "/"
            return this;
        }

        /** Full URL of the SPARQL endpoint; default base + {@value #DEFAULT_SPARQL_PATH}. */
        public Builder sparqlEndpoint(String url) {
            this.sparqlEndpoint = Objects.requireNonNull(url, "sparqlEndpoint");
            return this;
        }

        /** Licence IRI of the data; default CC BY 4.0. */
        public Builder license(String iri) {
            this.license = Objects.requireNonNull(iri, "license");
            return this;
        }

        public LinkedData build() {
            if (dataset == null) {
                throw new RuralKgException("LinkedData needs a dataset: call dataset(ds) before build()");
            }
            return new LinkedData(this);
        }
    }
}
