package org.clusterhub.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.clusterhub.cluster.api.ClusterId;

/**
 * a) Sustained AddMemberOrganization commands through the CommandGateway of one node: several sender threads, a
 * warm-up, then a measured window. A command's latency is from send to acknowledgement (aggregate loaded from the
 * store, decided, event appended and committed); the node's projections run meanwhile, as in production.
 */
final class CommandBench {

    record Result(String store, int threads, int clusters, Duration window, long completed, double perSecond,
                  Stats latency, Map<String, Long> errors, long projectionLagAtEnd, double projectionCatchUpSeconds) {
    }

    static Result run(Databases databases, String kind, BenchOptions options) throws Exception {
        Databases.Store store = databases.fresh(kind, "commands");
        try (Node node = Node.start("bench-commands", store, null, options.fetchDelay())) {
            List<ClusterId> clusters = node.registerClusters(options.clusters(), "cmd");
            long warmUpEnds = System.nanoTime() + options.warmUp().toNanos();
            long windowEnds = warmUpEnds + options.duration().toNanos();
            Stats latency = new Stats();
            AtomicLong completed = new AtomicLong();
            Map<String, Long> errors = new ConcurrentHashMap<>();
            ExecutorService senders = Executors.newFixedThreadPool(options.threads());
            for (int t = 0; t < options.threads(); t++) {
                senders.execute(() -> {
                    Stats mine = new Stats();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < windowEnds) {
                        ClusterId cluster = clusters.get(random.nextInt(clusters.size()));
                        long start = System.nanoTime();
                        try {
                            node.send(Node.addMember(cluster, Node.nextCreditCode()));
                            long end = System.nanoTime();
                            if (start >= warmUpEnds && end <= windowEnds) {
                                mine.add(end - start);
                                completed.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            errors.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                        }
                    }
                    latency.addAll(mine);
                });
            }
            senders.shutdown();
            if (!senders.awaitTermination(options.warmUp().plus(options.duration()).toSeconds() + 120,
                    TimeUnit.SECONDS)) {
                senders.shutdownNow();
            }
            long lag = node.processorLag("cluster-catalog");
            long catchUpStart = System.nanoTime();
            long catchUpDeadline = catchUpStart + Duration.ofSeconds(120).toNanos();
            long current = lag;
            while (current > 0 && System.nanoTime() < catchUpDeadline) {
                Thread.sleep(100);
                current = node.processorLag("cluster-catalog");
            }
            double catchUp = current == 0 ? (System.nanoTime() - catchUpStart) / 1e9 : Double.NaN;
            // Completed commands whose whole round trip lay inside the window, over the window's length.
            double perSecond = completed.get() / (options.duration().toNanos() / 1e9);
            return new Result(kind, options.threads(), clusters.size(), options.duration(), completed.get(),
                    perSecond, latency, Map.copyOf(errors), lag, catchUp);
        }
    }

    static List<String> errorsText(Result result) {
        List<String> lines = new ArrayList<>();
        result.errors().forEach((type, count) -> lines.add(type + " x " + count));
        return lines;
    }
}
