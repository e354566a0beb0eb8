package org.ruralkg.server.ld;

import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.IriMinter;

/**
 * The linked-data face of the knowledge graph, installed into a Fuseki server: dereferenceable IRIs with content
 * negotiation ({@code /id/…}, {@code /ontology…}, {@code /concept/…}), HTML pages ({@code /home},
 * {@code /class/<Name>}, {@code /articles}, {@code /search}, {@code /queries}), dumps ({@code /dumps/}), a VoID
 * description ({@code /.well-known/void}) and the pages' scripts and styles ({@code /res/}). Any page may read them:
 * KgServer's CORS filter answers {@code Access-Control-Allow-Origin: *}, without credentials.
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
    private final boolean sparqlConfigured;
    private final String license;
    private final Pages pages = new Pages();
    private final Describer describer;
    private final Stats stats;
    private final SummaryCache summaries;

    private LinkedData(Builder b) {
        this.dataset = b.dataset;
        this.iris = new IriMap(b.base);
        this.sparqlEndpoint = b.sparqlEndpoint != null ? b.sparqlEndpoint : b.base + DEFAULT_SPARQL_PATH;
        // Only an address someone chose is printed as is; the default follows the host the page was asked on.
        this.sparqlConfigured = b.sparqlEndpoint != null || !b.base.equals(IriMinter.DEFAULT_BASE);
        this.license = b.license;
        this.describer = new Describer(dataset.asDatasetGraph());
        this.stats = new Stats(dataset);
        this.summaries = new SummaryCache(dataset.asDatasetGraph());
    }

    /**
     * Computes the pages' summary of a store and saves it next to the store, so that the first page a server
     * started on it later answers at once instead of reading every index (seconds on a large store). Called
     * after a build; does nothing for a store without a directory.
     */
    public static void saveSummary(Dataset dataset) {
        new SummaryCache(dataset.asDatasetGraph()).get();
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
        builder.addServlet("/graph/*", new ResourceServlet(this));
        builder.addServlet("/home", new PageServlet(this));
        builder.addServlet("/articles", new PageServlet(this));
        builder.addServlet("/class/*", new PageServlet(this));
        builder.addServlet("/search", new PageServlet(this));
        builder.addServlet("/dumps/*", new DumpServlet(this));
        builder.addServlet("/context.jsonld", new DumpServlet(this));
        builder.addServlet("/.well-known/void", new VoidServlet(this));
        // Not /static/: the Fuseki UI at / keeps its own files there.
        builder.addServlet("/res/*", new StaticServlet(this));
        builder.addServlet("/queries", new QueriesServlet(this));
        summaries.warmUp();
        return builder;
    }

    public Dataset dataset() {
        return dataset;
    }

    public IriMap iris() {
        return iris;
    }

    /**
     * The SPARQL endpoint as seen by the client of a request: the configured one, or when none was configured,
     * {@value #DEFAULT_SPARQL_PATH} on the scheme, host and port the request came to.
     */
    public String sparqlEndpoint(jakarta.servlet.http.HttpServletRequest req) {
        if (sparqlConfigured) {
            return sparqlEndpoint;
        }
        String self = req.getRequestURL().toString();
        String root = self.substring(0, self.length() - req.getRequestURI().length());
        return root + req.getContextPath() + "/" + DEFAULT_SPARQL_PATH;
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

    /** What the graph holds now (see {@link Summary}); cached per store version. */
    Summary summary() {
        return summaries.get();
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
