package hpf.compliance.core.reminder;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** The HTTP SMS gateway against a real HTTP server on the loopback address: what it sends, and how it fails. */
class HttpSmsGatewayTest {
    HttpServer server;
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<String> keys = new CopyOnWriteArrayList<>();
    final AtomicInteger status = new AtomicInteger(200);
    volatile String answer = "{\"messageId\":\"M-1\"}";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sms", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), out.length);
            try (OutputStream o = exchange.getResponseBody()) { o.write(out); }
        });
        server.start();
    }

    @AfterEach
    void stop() { server.stop(0); }

    String url() { return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms"; }

    @Test
    void aMessageIsPostedWithKeyAndSignatureAndItsIdComesBack() throws Exception {
        HttpSmsGateway gateway = new HttpSmsGateway(url(), "k-123", "阳泉公积金", Duration.ofSeconds(5));
        String id = gateway.send("+86 138-0353-1234", "贵单位\"欠缴\"提醒\n请补缴");
        assertEquals("M-1", id);
        assertEquals(List.of("Bearer k-123"), keys);
        assertEquals("{\"mobile\":\"13803531234\",\"text\":\"贵单位\\\"欠缴\\\"提醒\\n请补缴\",\"signature\":\"阳泉公积金\"}", bodies.get(0));
    }

    @Test
    void aRefusalIsNotRetriedAServerErrorIs() {
        HttpSmsGateway gateway = new HttpSmsGateway(url(), "k", "s", Duration.ofSeconds(5));
        status.set(400);
        answer = "{\"error\":\"blacklisted\"}";
        SmsGateway.SmsException refused = assertThrows(SmsGateway.SmsException.class, () -> gateway.send("13803531234", "x"));
        assertFalse(refused.retryable());
        assertTrue(refused.getMessage().contains("400") && refused.getMessage().contains("blacklisted"), refused.getMessage());
        status.set(503);
        assertTrue(assertThrows(SmsGateway.SmsException.class, () -> gateway.send("13803531234", "x")).retryable());
    }

    @Test
    void anUnreachableGatewayCanBeRetriedAndABadNumberIsNeverSent() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) { closedPort = s.getLocalPort(); }
        HttpSmsGateway nowhere = new HttpSmsGateway("http://127.0.0.1:" + closedPort + "/sms", "k", "s", Duration.ofSeconds(2));
        assertTrue(assertThrows(SmsGateway.SmsException.class, () -> nowhere.send("13803531234", "x")).retryable());
        HttpSmsGateway gateway = new HttpSmsGateway(url(), "k", "s", Duration.ofSeconds(5));
        assertFalse(assertThrows(SmsGateway.SmsException.class, () -> gateway.send("0353-2020001", "x")).retryable());
        assertTrue(bodies.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new HttpSmsGateway(" ", "k", "s", null));
    }
}
