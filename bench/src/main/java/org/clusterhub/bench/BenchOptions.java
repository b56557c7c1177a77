package org.clusterhub.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Command-line options, {@code --name=value}; {@code --help} lists them. */
record BenchOptions(List<String> stores, Set<String> parts, List<Long> sizes, int threads, Duration warmUp,
                    Duration duration, int clusters, int liveSamples, int liveRate, Duration fetchDelay,
                    String pgUrl, String pgUser, String pgPassword, Path out, boolean keep,
                    List<LiveBench.Variant> liveVariants, List<String> nodeProperties, int projects,
                    int editors, Duration editDuration) {

    static final String USAGE = """
            java -Xmx1g -jar bench/target/clusterhub-bench.jar [options]
              --store=both|postgres|h2       stores to measure (default both; the two-node part needs PostgreSQL)
              --parts=commands,live,size     what to run (default all three; add projects for the project library;
                                             rebuild alone for the read-model rebuild, sized by --projects)
              --projects=10000 --editors=20 --edit-duration=30   the projects part: library size (about 50
                                             events each), people editing one project at once, seconds of editing
              --sizes=10000,100000,1000000   store sizes for the head-poll / load / replay part
              --threads=8                    command sender threads
              --warmup=5 --duration=30       seconds of warm-up and of measurement for the command part
              --clusters=500                 clusters registered (through commands) before the command part
              --live-samples=500 --live-rate=25   cross-node samples and commands per second
              --fetch-delay=100              event store fetch delay in ms (clusterhub.event-store.fetch-delay)
              --live-processor=shipped|pooled|both   the live processor as shipped (default), the earlier
                                             pooled design, or both one after the other
              --pg-url=jdbc:postgresql://127.0.0.1:5432/postgres --pg-user=clusterhub --pg-password=clusterhub
                                             a role with CREATEDB: every part runs in a fresh database, dropped after
                                             (env CLUSTERHUB_TEST_PG_URL / _USER / _PASSWORD as for the tests)
              --node-properties='k=v;k2=v2'  extra Spring properties for every node started (to try a setting)
              --out=bench/results            folder for the Markdown report (<date>-<store>.md)
              --keep                         keep the PostgreSQL databases (H2 folders are always deleted)
            """;

    static BenchOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println(USAGE);
                System.exit(0);
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
            int eq = arg.indexOf('=');
            given.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        String store = given.getOrDefault("store", "both").toLowerCase(Locale.ROOT);
        List<String> stores = switch (store) {
            case "both" -> List.of("postgres", "h2");
            case "postgres", "postgresql", "pg" -> List.of("postgres");
            case "h2" -> List.of("h2");
            default -> throw new IllegalArgumentException("--store must be both, postgres or h2");
        };
        List<Long> sizes = new ArrayList<>();
        for (String size : given.getOrDefault("sizes", "10000,100000,1000000").split(",")) {
            long value = Long.parseLong(size.strip().replace("_", ""));
            if (value < 1_000 || value % 50 != 0) {
                throw new IllegalArgumentException("sizes must be multiples of 50, at least 1000: " + size);
            }
            sizes.add(value);
        }
        sizes.sort(Long::compare);
        Path out = given.containsKey("out") ? Path.of(given.get("out"))
                : Files.isDirectory(Path.of("bench")) ? Path.of("bench", "results") : Path.of("results");
        Set<String> parts = Set.copyOf(Arrays.asList(given.getOrDefault("parts", "commands,live,size").split(",")));
        return new BenchOptions(stores, parts, List.copyOf(sizes),
                Integer.parseInt(given.getOrDefault("threads", "8")),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup", "5"))),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("duration", "30"))),
                Integer.parseInt(given.getOrDefault("clusters", "500")),
                Integer.parseInt(given.getOrDefault("live-samples", "500")),
                Integer.parseInt(given.getOrDefault("live-rate", "25")),
                Duration.ofMillis(Long.parseLong(given.getOrDefault("fetch-delay", "100"))),
                given.getOrDefault("pg-url", env("CLUSTERHUB_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres")),
                given.getOrDefault("pg-user", env("CLUSTERHUB_TEST_PG_USER", "clusterhub")),
                given.getOrDefault("pg-password", env("CLUSTERHUB_TEST_PG_PASSWORD", "clusterhub")),
                out, given.containsKey("keep"), switch (given.getOrDefault("live-processor", "shipped")) {
                    case "shipped" -> List.of(LiveBench.Variant.SHIPPED);
                    case "pooled" -> List.of(LiveBench.Variant.POOLED);
                    case "both" -> List.of(LiveBench.Variant.SHIPPED, LiveBench.Variant.POOLED);
                    default -> throw new IllegalArgumentException("--live-processor must be shipped, pooled or both");
                }, given.containsKey("node-properties")
                        ? Arrays.stream(given.get("node-properties").split(";")).map(String::strip)
                                .filter(p -> p.contains("=")).toList()
                        : List.of(),
                Integer.parseInt(given.getOrDefault("projects", "10000")),
                Integer.parseInt(given.getOrDefault("editors", "20")),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("edit-duration", "30"))));
    }

    String storeLabel() {
        return stores.size() == 2 ? "both" : stores.get(0);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
