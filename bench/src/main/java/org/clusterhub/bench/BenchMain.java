package org.clusterhub.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ClusterHub benchmark: a plain program, run by hand, never by the build.
 * <pre>
 * mvn -q -pl bench -am package -DskipTests
 * java -Xmx1g -jar bench/target/clusterhub-bench.jar [--store=postgres|h2|both] [--sizes=10000,100000,1000000]
 * </pre>
 * Prints a Markdown report (machine, settings, figures with their targets met or missed) and writes it to
 * {@code bench/results/<date>-<store>.md}. See bench/README.md.
 */
public final class BenchMain {

    /** Targets from the project brief; each figure is reported against them, met or missed. */
    static final double TARGET_COMMANDS_PER_SECOND = 1_000;
    static final double TARGET_COMMAND_P99_MS = 50;
    static final double TARGET_LIVE_P99_MS = 500;
    static final double TARGET_STORE_OP_MS = 1;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        BenchOptions options = BenchOptions.parse(args);
        if (options.parts().equals(java.util.Set.of("meetings"))) {
            // The meeting grid needs no database: run it alone without starting any.
            String section = "# ClusterHub benchmark: meeting grid\n\nMachine: " + Machine.describe()
                    + "; load average at start " + Machine.loadAverage() + "\n" + MeetingScheduleBench.run(args);
            System.out.println(section);
            Files.createDirectories(options.out());
            Path file = options.out().resolve(LocalDate.now() + "-meetings.md");
            Files.writeString(file, section, StandardCharsets.UTF_8);
            System.out.println("Report written to " + file.toAbsolutePath());
            System.exit(0);
        }
        Node.EXTRA_PROPERTIES = options.nodeProperties();
        if (options.parts().equals(java.util.Set.of("rebuild"))) {
            runRebuildOnly(options);
        }
        long started = System.nanoTime();
        String startLoad = Machine.loadAverage();
        List<CommandBench.Result> commandResults = new ArrayList<>();
        List<LiveBench.Result> liveResults = new ArrayList<>();
        List<SizeBench.Result> sizeResults = new ArrayList<>();
        StringBuilder projectSections = new StringBuilder();
        String postgresVersion;
        try (Databases databases = new Databases(options)) {
            postgresVersion = options.stores().contains("postgres") ? databases.postgresVersion() : null;
            if (options.stores().contains("postgres") && postgresVersion == null) {
                System.err.println("PostgreSQL is not reachable at " + options.pgUrl() + " as " + options.pgUser()
                        + ": start it (see bench/README.md) or run with --store=h2.");
                System.exit(2);
            }
            if (options.parts().contains("commands")) {
                for (String store : options.stores()) {
                    progress("a) commands on " + store);
                    commandResults.add(CommandBench.run(databases, store, options));
                    databases.close();
                    System.out.println(Report.commandsSection(options, commandResults.subList(
                            commandResults.size() - 1, commandResults.size())));
                }
            }
            if (options.parts().contains("live") && options.stores().contains("postgres")) {
                for (LiveBench.Variant variant : options.liveVariants()) {
                    progress("b) cross-node live updates on postgres, " + variant.label);
                    liveResults.add(LiveBench.run(databases, options, variant));
                    databases.close();
                    System.out.println(Report.liveSection(liveResults.subList(liveResults.size() - 1,
                            liveResults.size())));
                }
            }
            if (options.parts().contains("size")) {
                for (String store : options.stores()) {
                    progress("c) store size on " + store);
                    sizeResults.add(SizeBench.run(databases, store, options.sizes()));
                    databases.close();
                    System.out.println(Report.sizeSection(sizeResults.subList(sizeResults.size() - 1,
                            sizeResults.size())));
                }
            }
            for (String store : options.stores()) {
                if (options.parts().contains("replay")) {
                    progress("f) replay of a long project history on " + store);
                    ReplayBench.Result result = ReplayBench.run(databases, store, args, options.fetchDelay());
                    projectSections.append(ReplayBench.section(result));
                    System.out.println(ReplayBench.section(result));
                    databases.close();
                }
                if (options.parts().contains("verify")) {
                    progress("g) hash-chain verification on " + store);
                    VerifyBench.Result result = VerifyBench.run(databases, store, args);
                    projectSections.append(VerifyBench.section(result));
                    System.out.println(VerifyBench.section(result));
                    databases.close();
                }
            }
            if (options.parts().contains("projects")) {
                for (String store : options.stores()) {
                    progress("d) project library on " + store + " (" + options.projects() + " projects)");
                    ProjectBench.Result result = ProjectBench.run(databases, store, options.projects(),
                            options.editors(), options.editDuration());
                    projectSections.append(ProjectBench.section(result));
                    System.out.println(ProjectBench.section(result));
                }
            }
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        String report = Report.markdown(options, List.of(args), postgresVersion, startLoad, Machine.loadAverage(), minutes,
                commandResults, liveResults, sizeResults) + projectSections;
        System.out.println();
        System.out.println(report);
        Files.createDirectories(options.out());
        Path file = options.out().resolve(LocalDate.now() + "-" + options.storeLabel() + ".md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("Report written to " + file.toAbsolutePath());
        System.exit(0);
    }

    /** e) The read-model rebuild alone (ADR 019): {@code --parts=rebuild --store=h2 --projects=4000}. */
    private static void runRebuildOnly(BenchOptions options) throws Exception {
        StringBuilder section = new StringBuilder("# ClusterHub benchmark: read-model rebuild\n\nMachine: "
                + Machine.describe() + "; load average at start " + Machine.loadAverage() + "\n");
        try (Databases databases = new Databases(options)) {
            for (String store : options.stores()) {
                progress("e) read-model rebuild on " + store + " (" + options.projects() + " projects)");
                section.append(RebuildBench.section(RebuildBench.run(databases, store, options.projects())));
            }
        }
        section.append("\nLoad average at the end: ").append(Machine.loadAverage()).append('\n');
        System.out.println(section);
        Files.createDirectories(options.out());
        Path file = options.out().resolve(LocalDate.now() + "-rebuild-" + options.storeLabel() + ".md");
        Files.writeString(file, section, StandardCharsets.UTF_8);
        System.out.println("Report written to " + file.toAbsolutePath());
        System.exit(0);
    }

    private static void progress(String what) {
        System.out.println(LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT))
                + " " + what + " (load average " + Machine.loadAverage() + ")");
    }
}
