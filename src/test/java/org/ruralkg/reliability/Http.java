package org.ruralkg.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Small HTTP helpers for the endpoint tests; every request goes to the loopback server under test. */
final class Http {
    static final String JSON = "application/sparql-results+json";
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** GET {@code root + path} with an Accept header and, when {@code auth} is not null, an Authorization header. */
    static HttpResponse<String> get(String root, String path, String accept, String auth)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).GET();
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> query(String root, String sparql, String auth) throws IOException, InterruptedException {
        return get(root, "kg/sparql?query=" + enc(sparql), JSON, auth);
    }

    /** {@code method} (POST or PUT) with a body. */
    static HttpResponse<String> send(String root, String method, String path, String contentType, String body,
                                     String auth) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        HttpRequest request = b.build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Servers of earlier tests ran on ports the OS hands out again: a pooled connection to a stopped
            // server ends before any byte arrives; a client sends again on a new connection, as browsers do.
            if (!(e.getCause() instanceof IOException c && c.getCause() instanceof java.io.EOFException)) {
                throw e;
            }
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** Number of result rows in a SPARQL JSON result. */
    static int rows(String json) {
        var bindings = org.apache.jena.atlas.json.JSON.parse(json).getObj("results").get("bindings");
        return bindings.getAsArray().size();
    }
}
