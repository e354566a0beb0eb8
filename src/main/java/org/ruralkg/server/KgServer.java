package org.ruralkg.server;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.ruralkg.RuralKgException;
import org.ruralkg.graph.IriMinter;
import org.ruralkg.server.ld.LinkedData;

/**
 * The SPARQL server of a knowledge graph: embedded Fuseki with one read-only dataset at {@code /kg} (query at
 * {@code /kg/sparql} and {@code /kg/query}, Graph Store Protocol read at {@code /kg/get}), the Fuseki UI at
 * {@code /} and the linked-data pages of {@link LinkedData} ({@code /home}, {@code /id/…}, {@code /dumps/},
 * {@code /.well-known/void}, …). Read routes send CORS headers without credentials ({@link ReadOnlyCors}), so
 * browser applications elsewhere can query it; writes and {@code /$/} send none. Queries run at most
 * {@link Builder#queryTimeout(Duration) 10 s} from the request's arrival, with REGEX and REPLACE held to that
 * ({@link RegexBudget}); anonymous ones return at most {@link Builder#maxRows(long) 10 000 rows} in every result
 * form and may not use SERVICE ({@link RowCappedQuery}); request bodies to {@code /kg} are capped
 * ({@link Builder#maxRequestBytes(long) 1 MiB}); writes need {@link Builder#allowUpdate(boolean)} and a login, and
 * may not LOAD ({@link NoFetchUpdate}). No response body carries an exception's message ({@link ErrorGuard}).
 *
 * <pre>{@code
 * KgServer server = KgServer.create().dataset(store.dataset()).port(3030).build();
 * server.start();   // http://localhost:3030/home, SPARQL at http://localhost:3030/kg/sparql
 * }</pre>
 *
 * Pass {@code KnowledgeStore.dataset()} (the text-indexed dataset): then {@code text:query} works in SPARQL and
 * {@code /search} finds sentences and names.
 *
 * Binds to the loopback interface unless {@link Builder#host(String)} says otherwise. Further servlets and filters
 * (linked-data pages, say) plug in through {@link Builder#customize(Consumer)}.
 */
public final class KgServer {
    /** Path of the dataset service. */
    public static final String DATASET = "/kg";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Most rows an anonymous query gets by default; see {@link Builder#maxRows(long)}. */
    public static final long DEFAULT_MAX_ROWS = 10_000;
    /** Largest request body to {@code /kg/…} by default; see {@link Builder#maxRequestBytes(long)}. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1 << 20;
    /**
     * Jetty worker threads. Fuseki's default of 20 lets requests wait unseen in Jetty's queue, where no timeout
     * runs; with more threads they are read at once, so their timeout counts from arrival. CPU time is shared
     * either way, and the timeout bounds what each request can hold.
     */
    static final int MAX_THREADS = 128;

    private final FusekiServer fuseki;
    private final String base;
    private final boolean loopback;

    private KgServer(FusekiServer fuseki, String base, boolean loopback) {
        this.fuseki = fuseki;
        this.base = base;
        this.loopback = loopback;
    }

    public static Builder create() {
        return new Builder();
    }

    public KgServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            throw new RuralKgException("cannot start server on port " + fuseki.getPort() + ": " + e.getMessage(), e);
        }
        return this;
    }

    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port listened on; the actual port once started with port 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** Base IRI of the graph served (the IRIs minted at build time). */
    public String base() {
        return base;
    }

    /** Root URL of the running server, e.g. {@code http://localhost:3030/}. */
    public String url() {
        return "http://" + (loopback ? "localhost" : hostName()) + ":" + port() + "/";
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    /** The underlying Fuseki server. */
    public FusekiServer fuseki() {
        return fuseki;
    }

    /** Configures a {@link KgServer}. */
    public static final class Builder {
        private int port = DEFAULT_PORT;
        private boolean loopback = true;
        private Dataset dataset;
        private String base = IriMinter.DEFAULT_BASE;
        private Duration timeout = DEFAULT_TIMEOUT;
        private boolean allowUpdate;
        private Path passwordFile;
        private long maxRows = DEFAULT_MAX_ROWS;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private boolean ui = true;
        private boolean linkedData = true;
        private final List<Consumer<FusekiServer.Builder>> customizers = new ArrayList<>();

        private Builder() {
        }

        /** TCP port; 0 picks a free one (see {@link KgServer#port()}). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is outside 0..65535");
            }
            this.port = port;
            return this;
        }

        /**
         * Interface to listen on: "localhost" (or 127.0.0.1, ::1) for this machine only, the default; "0.0.0.0"
         * (or "*") for every interface.
         */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            switch (host) {
                case "localhost", "127.0.0.1", "::1" -> loopback = true;
                case "0.0.0.0", "*", "::" -> loopback = false;
                default -> throw new IllegalArgumentException("host '" + host
                        + "' not supported: use localhost (this machine only) or 0.0.0.0 (all interfaces)");
            }
            return this;
        }

        /** true: this machine only (default); false: every interface. */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** Base IRI of the graph, for the linked-data layer; default {@link IriMinter#DEFAULT_BASE}. */
        public Builder base(String base) {
            this.base = IriMinter.create().base(base).build().base();
            return this;
        }

        /** Longest a query may run; default 10 s. */
        public Builder queryTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("query timeout " + timeout + " must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Also accept SPARQL Update at /kg/update and Graph Store writes at /kg/data, from logged-in users only
         * (default false: read-only, and those services do not exist). Needs {@link #passwordFile(Path)}.
         */
        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /**
         * Users who may log in with HTTP basic auth, one {@code name: password} a line (Jetty's format; the password
         * may also be {@code MD5:…} or {@code CRYPT:…}). With {@link #allowUpdate(boolean)} only writes need a login;
         * without it every request does. Logged-in queries have no row cap.
         */
        public Builder passwordFile(Path file) {
            Objects.requireNonNull(file, "passwordFile");
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new IllegalArgumentException("password file " + file + " does not exist or cannot be read");
            }
            this.passwordFile = file;
            return this;
        }

        /** Most rows (solutions, or triples' solutions) an anonymous query returns; 0 for no cap. Default 10 000. */
        public Builder maxRows(long rows) {
            if (rows < 0) {
                throw new IllegalArgumentException("max rows " + rows + " must be 0 (no cap) or positive");
            }
            this.maxRows = rows;
            return this;
        }

        /**
         * Largest request body accepted under {@code /kg} (queries, updates, Graph Store writes); a larger one gets
         * 413 before it is read. Default 1 MiB.
         */
        public Builder maxRequestBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("max request bytes " + bytes + " must be positive");
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /** Serve the Fuseki UI at / (default true). */
        public Builder ui(boolean ui) {
            this.ui = ui;
            return this;
        }

        /** Serve the linked-data pages, dumps and VoID under {@link #base(String)} (default true). */
        public Builder linkedData(boolean linkedData) {
            this.linkedData = linkedData;
            return this;
        }

        /** Further configuration of the Fuseki builder, run after the defaults, in the order given. */
        public Builder customize(Consumer<FusekiServer.Builder> customizer) {
            customizers.add(Objects.requireNonNull(customizer, "customizer"));
            return this;
        }

        public KgServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset: call dataset(..) before build()");
            }
            // Fuseki merges the dataset context into every query's context, so the timeout applies to all
            // queries on this dataset, whichever endpoint they come through.
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            RegexBudget.install(dataset.getContext());
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .numServerThreads(2, MAX_THREADS)
                    .enablePing(true)
                    .add(DATASET, dataService());
            // In this order around every request: errors kept generic, then CORS, then the body cap and clock.
            b.addFilter("/*", new ErrorGuard())
                    .addFilter("/*", new ReadOnlyCors())
                    .addFilter(DATASET + "/*", new RequestGuard(maxRequestBytes));
            secure(b);
            if (ui) {
                b.staticFileBase(uiLocation())
                        .enableStats(true)
                        .addServlet("/$/server", new ActionServerStatus());
            }
            if (linkedData) {
                // Its routes (/home, /id/*, /ontology, /concept/*, /class/*, /articles, /search, /dumps/*,
                // /.well-known/void) stay clear of the UI's static files at / and of /$/ and /kg.
                LinkedData.create().dataset(dataset).base(base).build().install(b);
            }
            customizers.forEach(c -> c.accept(b));
            try {
                return new KgServer(b.build(), base, loopback);
            } catch (RuntimeException e) {
                throw new RuralKgException("cannot configure server: " + e.getMessage(), e);
            }
        }

        /**
         * The services at /kg: query and Graph Store read everywhere; with updates allowed, SPARQL Update at
         * /kg/update and Graph Store read-write at /kg/data for logged-in users. Writes are never on the bare /kg,
         * because a login rule there would cover every service below it.
         */
        private DataService dataService() {
            if (allowUpdate && passwordFile == null) {
                throw new IllegalStateException("updates need credentials: give a password file with allowUpdate");
            }
            DataService.Builder ds = DataService.newBuilder(dataset.asDatasetGraph())
                    .addEndpoint(Operation.Query)
                    .addEndpoint(Operation.GSP_R)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get");
            if (allowUpdate) {
                ds.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                        .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
            } else {
                ds.addEndpoint(Operation.GSP_R, "data");
            }
            return ds.build();
        }

        /** Basic auth from the password file; queries and updates that fetch nothing and answer within bounds. */
        private void secure(FusekiServer.Builder b) {
            if (passwordFile != null) {
                b.passwordFile(passwordFile.toAbsolutePath().toString()).auth(AuthScheme.BASIC).realm("ruralkg");
            }
            b.registerOperation(Operation.Query, new RowCappedQuery(maxRows, timeout));
            b.registerOperation(Operation.Update, new NoFetchUpdate());
        }

        /** The Fuseki UI ships as static files under webapp/ in the jena-fuseki-ui jar. */
        private static String uiLocation() {
            URL index = KgServer.class.getClassLoader().getResource("webapp/index.html");
            if (index == null) {
                throw new RuralKgException("the Fuseki UI (webapp/ from jena-fuseki-ui) is not on the classpath");
            }
            String s = index.toExternalForm();
            return s.substring(0, s.length() - "index.html".length());
        }
    }
}
