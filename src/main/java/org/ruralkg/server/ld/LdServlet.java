package org.ruralkg.server.ld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ruralkg.Hashes;

/** Common ground of the linked-data servlets: ETag and 304, cache headers, error pages (CORS: KgServer). */
abstract class LdServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CACHE = "public, max-age=300";
    /**
     * Scripts, styles and everything else only from this server, no inline script or style, no plugins, no
     * framing: even text that slipped past escaping could run nothing.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    protected final transient LinkedData ld;

    LdServlet(LinkedData ld) {
        this.ld = ld;
    }

    /**
     * Headers of every linked-data answer: the {@link #CSP} and no content sniffing. CORS comes from the
     * server's filter (KgServer), which answers preflights before they get here.
     */
    static void securityHeaders(HttpServletResponse resp) {
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
    }

    @Override
    protected void doOptions(HttpServletRequest req, HttpServletResponse resp) {
        resp.setHeader("Allow", "GET, HEAD, OPTIONS");
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** The request path below the context path, percent-decoded. */
    static String path(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String ctx = req.getContextPath();
        return IriMap.decodePath(uri.substring(ctx.length()));
    }

    /** Sends a representation with an ETag of its bytes, or 304 when the client has it already. */
    static void send(HttpServletRequest req, HttpServletResponse resp, byte[] body, String contentType,
                     boolean variesOnAccept) throws IOException {
        securityHeaders(resp);
        String etag = "\"" + Hashes.sha256(body).substring(0, 32) + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", CACHE);
        if (variesOnAccept) {
            resp.setHeader("Vary", "Accept");
        }
        if (matches(req.getHeader("If-None-Match"), etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static void sendHtml(HttpServletRequest req, HttpServletResponse resp, String html) throws IOException {
        send(req, resp, html.getBytes(StandardCharsets.UTF_8), RdfFormat.HTML.contentType(), false);
    }

    /** An error as an HTML page for browsers, as plain text for other clients. */
    void error(HttpServletRequest req, HttpServletResponse resp, int status, String message) throws IOException {
        securityHeaders(resp);
        resp.setStatus(status);
        resp.setHeader("Vary", "Accept");
        String accept = req.getHeader("Accept");
        byte[] body;
        if (accept != null && accept.contains("text/html")) {
            Map<String, Object> model = model(req);
            model.put("status", status);
            model.put("message", message);
            body = ld.pages().render("error.ftlh", model).getBytes(StandardCharsets.UTF_8);
            resp.setContentType(RdfFormat.HTML.contentType());
        } else {
            body = (status + " " + message + "\n").getBytes(StandardCharsets.UTF_8);
            resp.setContentType("text/plain; charset=utf-8");
        }
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** A fresh page model with the values every template uses. */
    static Map<String, Object> model(HttpServletRequest req) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("ctx", req.getContextPath());
        return model;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(etag) || t.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
