package org.clusterhub.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterRegisteredEvent;
import org.clusterhub.cluster.api.MemberOrganizationAddedEvent;
import org.clusterhub.shared.LiveFeed;

/**
 * b) Cross-node live updates: two nodes on one PostgreSQL event store and one MongoDB (node A's embedded server,
 * node B by URI). A command on node A; the time until a {@link LiveFeed} subscriber on node B receives its event
 * (B learns of it only by polling the store), next to the same on node A (told at once of its own commits).
 */
final class LiveBench {

    /** How the node-local live processor is built: as ClusterHub ships it, or the earlier design for comparison. */
    enum Variant {
        SHIPPED("as shipped (tracking processor)", BenchApplication.class),
        POOLED("pooled streaming processor (earlier design)", PooledLiveBenchApplication.class);

        final String label;
        final Class<?> application;

        Variant(String label, Class<?> application) {
            this.label = label;
            this.application = application;
        }
    }

    record Result(Variant variant, int samples, int rate, Duration fetchDelay, Stats sendToRemote,
                  Stats commitToRemote, Stats sendToLocal, int missingOnRemote) {
    }

    static Result run(Databases databases, BenchOptions options, Variant variant) throws Exception {
        Databases.Store store = databases.fresh("postgres", "live");
        try (Node nodeA = Node.start(variant.application, "bench-live-a", store, null, options.fetchDelay());
             Node nodeB = Node.start(variant.application, "bench-live-b", store,
                     "mongodb://127.0.0.1:" + nodeA.embeddedMongoPort() + "/clusterhub", options.fetchDelay())) {
            Map<String, Long> receivedOnB = new ConcurrentHashMap<>();
            Map<String, Long> receivedOnA = new ConcurrentHashMap<>();
            Map<String, Long> registeredSeenOnB = new ConcurrentHashMap<>();
            LiveFeed feedA = nodeA.context.getBean(LiveFeed.class);
            LiveFeed feedB = nodeB.context.getBean(LiveFeed.class);
            try (LiveFeed.Subscription b = feedB.subscribeToType("Cluster", event -> {
                     long now = System.nanoTime();
                     if (event.payload() instanceof MemberOrganizationAddedEvent added) {
                         receivedOnB.putIfAbsent(added.creditCode(), now);
                     } else if (event.payload() instanceof ClusterRegisteredEvent registered) {
                         registeredSeenOnB.put(registered.clusterId().toString(), now);
                     }
                 });
                 LiveFeed.Subscription a = feedA.subscribeToType("Cluster", event -> {
                     long now = System.nanoTime();
                     if (event.payload() instanceof MemberOrganizationAddedEvent added) {
                         receivedOnA.putIfAbsent(added.creditCode(), now);
                     }
                 })) {
                List<ClusterId> clusters = nodeA.registerClusters(20, "live");
                // Node B's live processor is running and caught up once it has seen the last registration.
                long ready = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (!registeredSeenOnB.keySet().containsAll(clusters.stream().map(ClusterId::toString).toList())
                        && System.nanoTime() < ready) {
                    Thread.sleep(50);
                }
                Map<String, Long> sent = new ConcurrentHashMap<>();
                Map<String, Long> acknowledged = new ConcurrentHashMap<>();
                long interval = 1_000_000_000L / Math.max(1, options.liveRate());
                long next = System.nanoTime();
                for (int i = 0; i < options.liveSamples(); i++) {
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    next += interval;
                    String code = Node.nextCreditCode();
                    long start = System.nanoTime();
                    sent.put(code, start);
                    nodeA.send(Node.addMember(clusters.get(i % clusters.size()), code));
                    acknowledged.put(code, System.nanoTime());
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                while (receivedOnB.size() < sent.size() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                Stats sendToRemote = new Stats();
                Stats commitToRemote = new Stats();
                Stats sendToLocal = new Stats();
                int missing = 0;
                for (Map.Entry<String, Long> entry : sent.entrySet()) {
                    Long remote = receivedOnB.get(entry.getKey());
                    Long local = receivedOnA.get(entry.getKey());
                    if (remote == null) {
                        missing++;
                    } else {
                        sendToRemote.add(remote - entry.getValue());
                        commitToRemote.add(Math.max(0, remote - acknowledged.get(entry.getKey())));
                    }
                    if (local != null) {
                        sendToLocal.add(local - entry.getValue());
                    }
                }
                return new Result(variant, options.liveSamples(), options.liveRate(), options.fetchDelay(), sendToRemote,
                        commitToRemote, sendToLocal, missing);
            }
        }
    }
}
