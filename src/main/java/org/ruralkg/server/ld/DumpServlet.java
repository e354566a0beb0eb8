package org.ruralkg.server.ld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ruralkg.RuralKgException;

/**
 * {@code /dumps/}: an index page, the gzip-compressed dumps ({@link Dumps}) streamed inside one read transaction,
 * and the JSON-LD context at {@code /dumps/context.jsonld} (also {@code /context.jsonld}).
 */
final class DumpServlet extends LdServlet {
    private static final long serialVersionUID = 1L;

    DumpServlet(LinkedData ld) {
        super(ld);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = path(req);
        if (path.equals("/dumps") || path.equals("/dumps/")) {
            index(req, resp);
            return;
        }
        if (path.equals("/dumps/context.jsonld") || path.equals("/context.jsonld")) {
            send(req, resp, Dumps.context().getBytes(StandardCharsets.UTF_8), "application/ld+json; charset=utf-8",
                    false);
            return;
        }
        Dumps dump = path.startsWith("/dumps/") ? Dumps.byFileName(path.substring("/dumps/".length())) : null;
        if (dump == null) {
            error(req, resp, HttpServletResponse.SC_NOT_FOUND, "没有这个文件 No such dump: " + path);
            return;
        }
        securityHeaders(resp);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + dump.fileName() + "\"");
        resp.setHeader("Cache-Control", "no-cache");
        if (req.getMethod().equals("HEAD")) {
            return;
        }
        DatasetGraph dsg = ld.dataset().asDatasetGraph();
        GZIPOutputStream gz = new GZIPOutputStream(resp.getOutputStream(), 1 << 16);
        Txn.executeRead(dsg, () -> {
            try {
                dump.write(dsg, gz);
                gz.finish();
            } catch (IOException e) {
                // Most often the client went away; nothing to tell it.
                throw new RuralKgException("writing dump " + dump.fileName() + " failed: " + e.getMessage(), e);
            }
        });
        gz.flush();
    }

    private void index(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<View.Row> rows = new ArrayList<>();
        for (Dumps d : Dumps.values()) {
            rows.add(new View.Row(new View.Link(req.getContextPath() + "/dumps/" + d.fileName(), d.fileName(), null),
                    d.mediaType() + " + gzip · " + d.description()));
        }
        Map<String, Object> model = model(req);
        model.put("dumps", rows);
        model.put("license", ld.license());
        sendHtml(req, resp, ld.pages().render("dumps.ftlh", model));
    }
}
