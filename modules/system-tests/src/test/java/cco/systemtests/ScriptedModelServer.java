package cco.systemtests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the Anthropic Messages API on loopback, for driving the real Claude Code CLI:
 * the main conversation first gets one Bash tool call, then, once the tool's result comes back,
 * a closing text; any other request (titles, quota checks) gets a short text. Every request body
 * is kept, so a test can read the tool result the sandbox produced.
 */
final class ScriptedModelServer implements AutoCloseable {
    static final String FINAL_TEXT = "All checks are done.";
    private final HttpServer server;
    private final String bashCommand;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    ScriptedModelServer(String bashCommand) throws IOException {
        this.bashCommand = bashCommand;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Points the Claude Code of this environment at this server, with a made-up key and no traffic elsewhere. */
    void pointClaudeAt(Map<String, String> environment) {
        environment.put("ANTHROPIC_BASE_URL", baseUrl());
        environment.put("ANTHROPIC_API_KEY", "sk-ant-e2e-0123456789abcdefghij");
        environment.put("CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1");
        environment.put("DISABLE_AUTOUPDATER", "1");
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    /** The output of the Bash tool as Claude sent it back (the JSON string, still escaped). */
    String toolResult() {
        String marker = "\"type\":\"tool_result\",\"content\":\"";
        String body = requests.stream().filter(request -> request.contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("no tool result reached the model; requests: " + requests.size()));
        int start = body.indexOf(marker) + marker.length();
        int end = start;
        while (body.charAt(end) != '"' || body.charAt(end - 1) == '\\') {
            end++;
        }
        return body.substring(start, end);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        if (!exchange.getRequestURI().getPath().endsWith("/v1/messages")) {
            respond(exchange, "application/json", "{\"input_tokens\": 10}");
            return;
        }
        boolean mainLoop = body.contains("\"name\":\"Bash\"");
        String events;
        if (mainLoop && body.contains("\"tool_result\"")) {
            events = textMessage(FINAL_TEXT);
        } else if (mainLoop) {
            events = toolUseMessage();
        } else {
            events = textMessage("ok");
        }
        respond(exchange, "text/event-stream", events);
    }

    private static void respond(HttpExchange exchange, String contentType, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String toolUseMessage() {
        String input = "{\"command\": " + json(bashCommand) + ", \"description\": \"Run the checks\"}";
        return start() + event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,"
                + "\"content_block\":{\"type\":\"tool_use\",\"id\":\"toolu_01\",\"name\":\"Bash\",\"input\":{}}}")
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,"
                + "\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":" + json(input) + "}}")
                + stop("tool_use");
    }

    private static String textMessage(String text) {
        return start() + event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,"
                + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}")
                + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,"
                + "\"delta\":{\"type\":\"text_delta\",\"text\":" + json(text) + "}}")
                + stop("end_turn");
    }

    private static String start() {
        return event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_01\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\",\"content\":[],\"stop_reason\":null,"
                + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":10,\"output_tokens\":1}}}");
    }

    private static String stop(String reason) {
        return event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
                + event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + reason
                + "\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":5}}")
                + event("message_stop", "{\"type\":\"message_stop\"}");
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
