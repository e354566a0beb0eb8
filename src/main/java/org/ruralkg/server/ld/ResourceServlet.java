package org.ruralkg.server.ld;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Answers for every IRI the graph mints ({@code /id/…}, {@code /ontology…}, {@code /concept/…}): 200 with the
 * representation chosen by extension or by the Accept header; 404 for an IRI no graph uses, 406 when the client
 * accepts none of the formats. No 303 redirect: the IRI and its document share one URL, which keeps links short.
 */
final class ResourceServlet extends LdServlet {
    private static final long serialVersionUID = 1L;

    ResourceServlet(LinkedData ld) {
        super(ld);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = path(req);
        RdfFormat byExt = RdfFormat.byExtension(path);
        String bare = byExt == null ? path : path.substring(0, path.length() - byExt.extension().length() - 1);
        Model description = ld.describer().describe(ld.iris().iriOf(bare));
        if (description == null && byExt != null) {
            // Not an extension after all: an identifier that happens to contain a dot.
            description = ld.describer().describe(ld.iris().iriOf(path));
            if (description != null) {
                byExt = null;
                bare = path;
            }
        }
        if (description == null) {
            error(req, resp, HttpServletResponse.SC_NOT_FOUND, "未找到资源 Not found: " + ld.iris().iriOf(bare));
            return;
        }
        RdfFormat format = byExt != null ? byExt : Conneg.choose(req.getHeader("Accept"), RdfFormat.ALL);
        if (format == null) {
            error(req, resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Not acceptable; available: text/html, text/turtle, application/ld+json, "
                            + "application/n-triples, application/rdf+xml");
            return;
        }
        String iri = ld.iris().iriOf(bare);
        byte[] body;
        if (format == RdfFormat.HTML) {
            Map<String, Object> model = model(req);
            model.putAll(new ResourceView(description, ld.iris(), req.getContextPath()).build(iri, bare));
            String self = req.getContextPath() + IriMap.encodePath(bare);
            model.putAll(new DrillDown(ld.summary(), ld.iris(), req.getContextPath())
                    .build(iri, page(req), self));
            body = ld.pages().render("resource.ftlh", model).getBytes(StandardCharsets.UTF_8);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, writable(description, format), format.jenaFormat());
            body = out.toByteArray();
        }
        if (byExt == null) {
            resp.setHeader("Content-Location", req.getContextPath() + IriMap.encodePath(bare) + "." + format.extension());
        }
        send(req, resp, body, format.contentType(), byExt == null);
    }

    /** JSON-LD and RDF/XML writers know no triple terms: those formats get them as RDF 1.1 reification. */
    private static org.apache.jena.rdf.model.Model writable(org.apache.jena.rdf.model.Model m, RdfFormat format) {
        if (format != RdfFormat.JSONLD && format != RdfFormat.RDFXML) {
            return m;
        }
        var plain = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
                org.ruralkg.store.DumpFormat.withoutTripleTerms(m.getGraph()));
        plain.setNsPrefixes(m.getNsPrefixMap());
        return plain;
    }

    private static int page(HttpServletRequest req) {
        try {
            String v = req.getParameter("page");
            return v == null ? 1 : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
