package org.clusterhub.infrastructure.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verifies an evidence bundle offline, with nothing but a JDK (17+): {@code java VerifyEvidence.java bundle.ndjson}.
 * It recomputes every event's hash from the bundle's content and the previous event's hash, exactly as
 * {@link EventHash} does, and prints each event's result; the exit code is 0 when the whole chain holds, 1 when not.
 * Deliberately free of the application's classes, so that it can be run by someone who has only the bundle and this
 * file; {@code EvidenceBundleTest} keeps it in step with {@link EventHash}.
 */
public final class VerifyEvidence {

    private static final String GENESIS = "0".repeat(64);

    private VerifyEvidence() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java VerifyEvidence.java <bundle.ndjson>");
            System.exit(2);
        }
        System.exit(verify(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8), System.out) ? 0 : 1);
    }

    /** Checks the bundle's lines, reporting to {@code out}; true when every event verifies and none is missing. */
    static boolean verify(List<String> lines, java.io.PrintStream out) {
        Map<String, Object> header = new Json(lines.get(0)).object();
        out.println("bundle " + header.get("format") + " of " + header.get("aggregateId") + ", " + header.get("events")
                + " events, exported " + header.get("exportedAt") + " by " + header.get("exportedBy"));
        String previous = GENESIS;
        long expected = 0;
        boolean intact = true;
        int events = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            events++;
            Map<String, Object> event = new Json(line).object();
            long sequence = ((Number) event.get("sequenceNumber")).longValue();
            if (sequence != expected) {
                out.println("#" + expected + " MISSING (next in the bundle is #" + sequence + ")");
                intact = false;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> metadata = (Map<String, Object>) event.get("metadata");
            TreeMap<String, String> canonical = new TreeMap<>();
            metadata.forEach((key, value) -> canonical.put(key, String.valueOf(value)));
            String recorded = (String) event.get("hash");
            String computed = hash(previous, (String) event.get("aggregateId"), sequence,
                    (String) event.get("payloadType"), (String) event.get("payloadRevision"),
                    ((Number) event.get("timestampMillis")).longValue(),
                    Base64.getDecoder().decode((String) event.get("payload")), canonical);
            boolean ok = recorded != null && recorded.equals(computed) && sequence == expected;
            out.println("#" + sequence + " " + event.get("payloadType") + " " + (ok ? "OK" : recorded == null
                    ? "NO HASH" : "ALTERED (recorded " + recorded + ", content hashes to " + computed + ")"));
            intact &= ok;
            previous = recorded == null ? "unchained" : recorded;
            expected = sequence + 1;
        }
        if (header.get("head") != null && !header.get("head").equals(previous)) {
            out.println("the last event's hash differs from the bundle's head " + header.get("head"));
            intact = false;
        }
        if (((Number) header.get("events")).intValue() != events) {
            out.println("the header announces " + header.get("events") + " events, the bundle holds " + events);
            intact = false;
        }
        out.println(intact ? "INTACT: the chain holds, head " + previous : "BROKEN: see above");
        return intact;
    }

    /** The same hash as {@code EventHash.of}: SHA-256 over length-prefixed fields. */
    static String hash(String previous, String aggregateId, long sequence, String payloadType, String revision,
                       long epochMillis, byte[] payload, TreeMap<String, String> metadata) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            field(sha, previous);
            field(sha, aggregateId);
            field(sha, Long.toString(sequence));
            field(sha, payloadType);
            field(sha, revision == null ? "" : revision);
            field(sha, Long.toString(epochMillis));
            field(sha, payload);
            metadata.forEach((key, value) -> {
                if (!"hash".equals(key)) {
                    field(sha, key);
                    field(sha, value);
                }
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(MessageDigest sha, String text) {
        field(sha, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(MessageDigest sha, byte[] bytes) {
        int n = bytes.length;
        sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        sha.update(bytes);
    }

    /** Just enough JSON for the bundle's lines: objects, arrays, strings, numbers, booleans and null. */
    private static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Map<String, Object> object() {
            Object value = value();
            if (!(value instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("not a JSON object: " + text);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) value;
            return object;
        }

        private Object value() {
            skip();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> object = new LinkedHashMap<>();
                at++;
                skip();
                if (text.charAt(at) == '}') {
                    at++;
                    return object;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    expect(':');
                    object.put(key, value());
                    skip();
                    if (text.charAt(at) == ',') {
                        at++;
                    } else {
                        expect('}');
                        return object;
                    }
                }
            } else if (c == '[') {
                List<Object> array = new ArrayList<>();
                at++;
                skip();
                if (text.charAt(at) == ']') {
                    at++;
                    return array;
                }
                while (true) {
                    array.add(value());
                    skip();
                    if (text.charAt(at) == ',') {
                        at++;
                    } else {
                        expect(']');
                        return array;
                    }
                }
            } else if (c == '"') {
                return string();
            } else if (text.startsWith("null", at)) {
                at += 4;
                return null;
            } else if (text.startsWith("true", at)) {
                at += 4;
                return Boolean.TRUE;
            } else if (text.startsWith("false", at)) {
                at += 5;
                return Boolean.FALSE;
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String number = text.substring(start, at);
            return number.contains(".") || number.contains("e") || number.contains("E")
                    ? (Number) Double.valueOf(number) : (Number) Long.valueOf(number);
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(at) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + at + " in " + text);
            }
            at++;
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
