package org.clusterhub.infrastructure.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The hash that chains one aggregate's events: SHA-256 over the previous event's hash and this event's stored form
 * (aggregate, sequence number, payload type and revision, time to the millisecond, the SHA-256 digest of the
 * serialized payload's bytes and the metadata without the hash itself). The payload enters by its digest so that an
 * evidence bundle can prove a sealed payload (a bid before the deadline) without showing it. Each field is length-prefixed, so that no two different events hash the
 * same input. Writing ({@link EventHashChain}) and checking ({@link HashChainVerifier}) both go through here.
 *
 * @see <a href="../../../../../../../../docs/decisions/013-hash-chained-events.md">ADR 013</a>
 */
public final class EventHash {

    /** The metadata key under which each event carries its hash. */
    public static final String METADATA_KEY = "hash";
    /** What the first event of an aggregate chains to. */
    public static final String GENESIS = "0".repeat(64);
    /** What an event chains to when the one before it carries no hash (stored before chaining began). */
    public static final String UNCHAINED = "unchained";

    private EventHash() {
    }

    public static String of(String previous, String aggregateId, long sequence, String payloadType,
                            String payloadRevision, long epochMillis, byte[] payload,
                            SortedMap<String, String> metadata) {
        return ofDigest(previous, aggregateId, sequence, payloadType, payloadRevision, epochMillis,
                payloadDigest(payload), metadata);
    }

    /** The same, given the payload's digest ({@link #payloadDigest}) instead of its bytes. */
    public static String ofPayloadDigest(String previous, String aggregateId, long sequence, String payloadType,
                                         String payloadRevision, long epochMillis, byte[] payloadDigest,
                                         SortedMap<String, String> metadata) {
        return ofDigest(previous, aggregateId, sequence, payloadType, payloadRevision, epochMillis, payloadDigest,
                metadata);
    }

    /** The SHA-256 of a serialized payload, as the chain uses it. */
    public static byte[] payloadDigest(byte[] payload) {
        return sha256().digest(payload);
    }

    private static String ofDigest(String previous, String aggregateId, long sequence, String payloadType,
                                   String payloadRevision, long epochMillis, byte[] payloadDigest,
                                   SortedMap<String, String> metadata) {
        MessageDigest sha = sha256();
        field(sha, previous);
        field(sha, aggregateId);
        field(sha, Long.toString(sequence));
        field(sha, payloadType);
        field(sha, payloadRevision == null ? "" : payloadRevision);
        field(sha, Long.toString(epochMillis));
        field(sha, payloadDigest);
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            if (!METADATA_KEY.equals(entry.getKey())) {
                field(sha, entry.getKey());
                field(sha, entry.getValue());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Metadata as the hash sees it: keys sorted, each value as the text of its JSON form, so that the values a
     * message carries in memory and the ones read back from the stored JSON give the same text.
     */
    public static SortedMap<String, String> canonical(JsonNode metadata) {
        SortedMap<String, String> canonical = new TreeMap<>();
        metadata.fields().forEachRemaining(field -> canonical.put(field.getKey(),
                field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString()));
        return canonical;
    }

    private static void field(MessageDigest sha, String text) {
        field(sha, text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(MessageDigest sha, byte[] bytes) {
        int length = bytes.length;
        sha.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        sha.update(bytes);
    }

    /** One digest per thread, reset by each {@code digest()}: looking one up per event cost a verification time. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    });

    private static MessageDigest sha256() {
        MessageDigest sha = SHA_256.get();
        sha.reset();
        return sha;
    }
}
