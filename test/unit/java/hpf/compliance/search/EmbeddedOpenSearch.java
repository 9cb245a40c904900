package hpf.compliance.search;

import groovy.json.JsonOutput;
import groovy.json.JsonSlurper;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A single OpenSearch node bound to the loopback address, in this JVM: the server from Maven Central with the HTTP
 * transport (transport-netty4-client) and the analysis-common module (cjk analyzer). Tests start one per class;
 * {@link #main} runs one on its own (e.g. for a Moqui runtime's elasticsearch_url) until it is stopped.
 */
public final class EmbeddedOpenSearch implements AutoCloseable {
    private static final class PluginNode extends Node {
        PluginNode(Settings settings, List<Class<? extends Plugin>> plugins) {
            super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "hpf-search-test"), plugins, true);
        }
    }

    private final Path home;
    private final Node node;
    private final int httpPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private EmbeddedOpenSearch(Path home, Node node, int httpPort) {
        this.home = home;
        this.node = node;
        this.httpPort = httpPort;
    }

    /** Starts a node on 127.0.0.1 (the given HTTP port, or a free one when 0) with its data in a temporary folder. */
    public static EmbeddedOpenSearch start(int httpPort) throws Exception {
        Path home = Files.createTempDirectory("hpf-opensearch");
        int port = httpPort > 0 ? httpPort : freePort();
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("cluster.name", "hpf-search-test")
                .put("node.name", "hpf-search-test")
                .put("network.host", "127.0.0.1")
                .put("http.port", port)
                .put("transport.port", freePort())
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("discovery.type", "single-node")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", true)
                .build();
        Node node = new PluginNode(settings, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class));
        node.start();
        EmbeddedOpenSearch es = new EmbeddedOpenSearch(home, node, port);
        es.waitForGreen();
        return es;
    }

    public String url() { return "http://127.0.0.1:" + httpPort; }

    /** One REST call; the answer's status and its JSON body (a Map, or null when empty). */
    public Response call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        rb.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JsonOutput.toJson(body), StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(rb.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Object parsed = r.body() == null || r.body().isBlank() ? null : new JsonSlurper().parseText(r.body());
        return new Response(r.statusCode(), parsed, r.body());
    }

    /** Like {@link #call} but fails on a status other than 2xx. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> ok(String method, String path, Object body) throws IOException, InterruptedException {
        Response r = call(method, path, body);
        if (r.status() / 100 != 2) throw new IllegalStateException(method + " " + path + " answered " + r.status() + ": " + r.text());
        return r.json() instanceof Map ? (Map<String, Object>) r.json() : Map.of();
    }

    public record Response(int status, Object json, String text) {}

    private void waitForGreen() throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        while (true) {
            try {
                Response r = call("GET", "/_cluster/health?wait_for_status=yellow&timeout=5s", null);
                if (r.status() == 200) return;
            } catch (IOException e) {
                if (System.currentTimeMillis() > until) throw e;
            }
            if (System.currentTimeMillis() > until) throw new IllegalStateException("OpenSearch did not become ready");
            Thread.sleep(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) { return s.getLocalPort(); }
    }

    @Override
    public void close() throws IOException {
        node.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Runs a node until the process is stopped: {@code EmbeddedOpenSearch [httpPort]} (default 9200). */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9200;
        EmbeddedOpenSearch es = start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { try { es.close(); } catch (IOException ignored) { } }));
        System.out.println("OpenSearch " + org.opensearch.Version.CURRENT + " listening on " + es.url());
        Thread.currentThread().join();
    }
}
