package org.ruralkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.riot.WebContent;

/**
 * The first look at a request to {@code /kg/…}: notes when it arrived, so a query's time budget counts from then
 * ({@link #remaining(ServletRequest, Duration)}), and refuses a body larger than the cap with 413 before anything
 * reads it. A declared {@code Content-Length} over the cap is refused at once; a body without one (chunked) is read
 * into memory up to the cap and refused as soon as it passes it.
 */
final class RequestGuard implements Filter {
    /** Request attribute holding {@link System#nanoTime()} at arrival. */
    static final String ARRIVAL = RequestGuard.class.getName() + ".arrival";

    private final long maxBytes;

    /** @param maxBytes largest request body accepted; positive */
    RequestGuard(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("request body cap " + maxBytes + " must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** What is left of {@code budget} for this request, counted from its arrival; negative when spent. */
    static Duration remaining(ServletRequest request, Duration budget) {
        Object arrival = request.getAttribute(ARRIVAL);
        if (!(arrival instanceof Long start)) {
            return budget;
        }
        return budget.minusNanos(System.nanoTime() - start);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        req.setAttribute(ARRIVAL, System.nanoTime());
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            tooLarge(response);
            return;
        }
        boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
        if (!chunked) {
            chain.doFilter(req, resp);
            return;
        }
        if (isForm(request)) {
            // Jetty parses forms from its own buffer, which a wrapper cannot feed; browsers always send a length.
            refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED, "A form body needs a Content-Length.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new Buffered(request, body), resp);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(WebContent.contentTypeHTMLForm);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "Request body larger than " + maxBytes + " bytes.");
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        // The unread body is not wanted: closing the connection spares reading it.
        response.setHeader("Connection", "close");
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }

    /** The request with its body already in memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), cs));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
