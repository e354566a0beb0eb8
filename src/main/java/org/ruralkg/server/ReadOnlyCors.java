package org.ruralkg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Fuseki's CORS filter, set up for a public read-only graph: any page may read (queries, {@code /kg/get}, linked
 * data), never with credentials, so a visitor's login cannot be used by another site; writes ({@code /kg/update},
 * {@code /kg/data} other than GET) and the admin routes under {@code /$/} get no CORS headers at all, so browsers
 * keep other sites from reading their answers. Fuseki's filter names the request's origin where {@code *} says
 * the same without credentials; the response says {@code *}, which caches as one answer for every origin.
 */
final class ReadOnlyCors extends CrossOriginFilter {
    private static final Map<String, String> PARAMS = Map.of(
            ALLOWED_ORIGINS_PARAM, "*",
            ALLOWED_METHODS_PARAM, "GET,HEAD,POST,OPTIONS",
            ALLOWED_HEADERS_PARAM, "X-Requested-With, Content-Type, Accept, Origin, If-None-Match",
            EXPOSED_HEADERS_PARAM, "Content-Type, Content-Disposition, ETag, Vary, Last-Modified, "
                    + RowCappedQuery.HEADER,
            ALLOW_CREDENTIALS_PARAM, "false",
            PREFLIGHT_MAX_AGE_PARAM, "86400",
            CHAIN_PREFLIGHT_PARAM, "false");
    private static final Set<String> READS = Set.of("GET", "HEAD");

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "ruralkg-cors";
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return PARAMS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(PARAMS.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        super.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, ACCESS_CONTROL_ALLOW_ORIGIN_HEADER.equalsIgnoreCase(name) ? "*" : value);
            }
        }, chain);
    }

    @Override
    protected boolean isEnabled(HttpServletRequest request) {
        return super.isEnabled(request) && !isWrite(request);
    }

    /** Admin routes, SPARQL Update, and Graph Store requests that are not reads (a preflight names the method). */
    static boolean isWrite(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/$/") || path.startsWith(KgServer.DATASET + "/update")) {
            return true;
        }
        if (!path.startsWith(KgServer.DATASET + "/data")) {
            return false;
        }
        String method = "OPTIONS".equals(request.getMethod())
                ? request.getHeader(ACCESS_CONTROL_REQUEST_METHOD_HEADER) : request.getMethod();
        return method == null || !READS.contains(method);
    }
}
