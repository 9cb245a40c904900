package hpf.compliance.core.reminder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SMS gateway reached by HTTP, configured by properties: the URL, the API key (sent as the header
 * {@code Authorization: Bearer <key>}) and the signature (签名, sent with each message). The request is a JSON POST
 * {@code {"mobile": "...", "text": "...", "signature": "..."}}; a 2xx answer accepts the message and may carry its
 * id as {@code "messageId"}. A 4xx answer is a refusal (not retried), a 5xx answer or no answer can be retried.
 */
public final class HttpSmsGateway implements SmsGateway {
    private static final Pattern MESSAGE_ID = Pattern.compile("\"messageId\"\\s*:\\s*\"([^\"]*)\"");

    private final URI url;
    private final String apiKey;
    private final String signature;
    private final HttpClient client;
    private final Duration timeout;

    public HttpSmsGateway(String url, String apiKey, String signature, Duration timeout) {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("The SMS gateway URL is not configured");
        this.url = URI.create(url.strip());
        this.apiKey = apiKey == null ? "" : apiKey.strip();
        this.signature = signature == null ? "" : signature.strip();
        this.timeout = Objects.requireNonNullElse(timeout, Duration.ofSeconds(10));
        this.client = HttpClient.newBuilder().connectTimeout(this.timeout).build();
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    @Override
    public String send(String mobile, String text) throws SmsException {
        String number = ReminderRules.normalizeMobile(mobile);
        if (number == null) throw new SmsException("Not a mobile number: " + mobile, false, null);
        String body = "{\"mobile\":" + json(number) + ",\"text\":" + json(text) + ",\"signature\":" + json(signature) + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!apiKey.isEmpty()) request.header("Authorization", "Bearer " + apiKey);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SmsException("The SMS gateway could not be reached: " + e.getMessage(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsException("Interrupted while sending the SMS", true, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            Matcher m = MESSAGE_ID.matcher(response.body() == null ? "" : response.body());
            return m.find() ? m.group(1) : "";
        }
        String why = "The SMS gateway answered " + status + ": " + abbreviate(response.body());
        throw new SmsException(why, status >= 500 || status == 429, null);
    }

    private static String abbreviate(String s) {
        if (s == null) return "";
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
