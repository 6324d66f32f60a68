package org.tandem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A thin HTTP client of Tandem's REST API on a loopback port, for the load benchmarks. */
record ApiClient(int port, HttpClient client) {

    ApiClient(int port) {
        this(port, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    private HttpRequest.Builder request(String auth, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofMinutes(5)).header("Authorization", auth);
    }

    HttpResponse<String> get(String auth, String path) throws Exception {
        return client.send(request(auth, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String auth, String path, String json) throws Exception {
        return client.send(request(auth, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(String auth, String name, byte[] content) throws Exception {
        String boundary = "b-" + UUID.randomUUID();
        return client.send(request(auth, "/api/documents")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(TestFiles.multipart(boundary, name, content)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
