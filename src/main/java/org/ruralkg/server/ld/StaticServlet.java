package org.ruralkg.server.ld;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /res/<name>}: the pages' own script and stylesheet, and Apache ECharts from its webjar — all from the
 * jar, so pages work offline and under a {@code script-src 'self'} policy. Only the names listed here are served.
 */
final class StaticServlet extends LdServlet {
    private static final long serialVersionUID = 1L;
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final String OWN = "/org/ruralkg/server/ld/static/";
    private static final Map<String, String> FILES = Map.of(
            "echarts.min.js", ECHARTS,
            "charts.js", OWN + "charts.js",
            "pages.css", OWN + "pages.css");

    StaticServlet(LinkedData ld) {
        super(ld);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = path(req).substring("/res/".length());
        String resource = FILES.get(name);
        byte[] body = null;
        if (resource != null) {
            try (InputStream in = StaticServlet.class.getResourceAsStream(resource)) {
                body = in == null ? null : in.readAllBytes();
            }
        }
        if (body == null) {
            error(req, resp, HttpServletResponse.SC_NOT_FOUND, "未找到文件 Not found: " + name);
            return;
        }
        String type = name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
        send(req, resp, body, type, false);
    }
}
