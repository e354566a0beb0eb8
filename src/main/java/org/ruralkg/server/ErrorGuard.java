package org.ruralkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps server internals out of error responses, on every route, and lets error messages be any length in bytes: a malformed {@code Accept} header gets 400 before
 * anything tries to negotiate with it; a 500 (or any 5xx but 503, whose "Query timed out" is meant for the client)
 * has its body, which Fuseki fills with the exception's message, replaced by a line naming an incident number; an
 * exception that escapes a servlet becomes such a 500 as well. Every 5xx is logged with what was withheld (and the
 * exception when there is one) under that number.
 */
final class ErrorGuard implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorGuard.class);
    private static final AtomicLong INCIDENTS = new AtomicLong();
    /** Most of a withheld body kept for the log. */
    private static final int KEEP = 2000;
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    /**
     * One media range: {@code type/subtype} (or the bare {@code *} some old clients send), then parameters, read
     * leniently; only the media type itself has to be there.
     */
    private static final Pattern MEDIA_RANGE = Pattern.compile("\\s*(" + TOKEN + "/" + TOKEN + "|\\*)"
            + "(\\s*;\\s*(" + TOKEN + "(=(\"[^\"]*\"|" + TOKEN + "))?)?)*\\s*");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String accept = request.getHeader("Accept");
        if (accept != null && !validAccept(accept)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().println("Malformed Accept header: use media ranges such as text/turtle;q=0.9");
            return;
        }
        Withholding guarded = new Withholding(response);
        try {
            chain.doFilter(req, guarded);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            long n = INCIDENTS.incrementAndGet();
            LOG.error("incident {}: {} {} failed", n, request.getMethod(), request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                generic(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, n);
            }
            return;
        }
        guarded.finish(request);
    }

    /** Empty, or comma-separated media ranges; an empty element between commas is allowed, as RFC 9110 says. */
    static boolean validAccept(String accept) {
        for (String range : accept.split(",", -1)) {
            if (!range.isBlank() && !MEDIA_RANGE.matcher(range).matches()) {
                return false;
            }
        }
        return true;
    }

    private static void generic(HttpServletResponse response, int status, long incident) throws IOException {
        byte[] body = ("Internal server error (incident " + incident + ", logged on the server).\n")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A response that, once its status is an internal error, keeps what is written for the log instead. */
    private static final class Withholding extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream withheld = new ByteArrayOutputStream();
        private boolean withholding;
        private int status;

        Withholding(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            withholding = sc >= 500 && sc != SC_SERVICE_UNAVAILABLE && !isCommitted();
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            sendError(sc);
            withheld.writeBytes(String.valueOf(msg).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void sendError(int sc) throws IOException {
            setStatus(sc);
            if (!withholding) {
                super.sendError(sc);
            }
        }

        // Fuseki declares an error message's length in chars, then writes UTF-8 bytes: a message quoting Chinese
        // text overran it and turned a 400 into a 500. Error bodies go without a declared length instead.
        @Override
        public void setContentLength(int len) {
            if (status < 400) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (status < 400) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return withholding ? sink() : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return withholding ? new PrintWriter(sink(), true, StandardCharsets.UTF_8) : super.getWriter();
        }

        private ServletOutputStream sink() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    if (withheld.size() < KEEP) {
                        withheld.write(b);
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("synchronous only");
                }
            };
        }

        /** Logs a 5xx and, when its body was withheld, sends the generic one. */
        void finish(HttpServletRequest request) throws IOException {
            if (status < 500) {
                return;
            }
            long n = INCIDENTS.incrementAndGet();
            String detail = withheld.toString(StandardCharsets.UTF_8).strip();
            String what = "incident {}: {} {} answered {}{}";
            Object[] args = {n, request.getMethod(), request.getRequestURI(), status, detail.isEmpty() ? "" : ": " + detail};
            if (status == SC_SERVICE_UNAVAILABLE) {
                LOG.warn(what, args); // a timeout: the server works as configured
            } else {
                LOG.error(what, args);
            }
            if (withholding && !isCommitted()) {
                generic((HttpServletResponse) getResponse(), status, n);
            }
        }
    }
}
