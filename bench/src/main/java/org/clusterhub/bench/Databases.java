package org.clusterhub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Fresh, throw-away stores: a new PostgreSQL database or an H2 file in a temp folder, each removed afterwards. */
final class Databases implements AutoCloseable {

    private final BenchOptions options;
    private final List<String> pgDatabases = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();

    Databases(BenchOptions options) {
        this.options = options;
    }

    /** A store for one part of the bench: JDBC URL, user and password. */
    record Store(String kind, String url, String user, String password, Path folder) {
        boolean postgres() {
            return kind.equals("postgres");
        }
    }

    Store fresh(String kind, String purpose) {
        if (kind.equals("postgres")) {
            String name = ("ch_bench_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            try (Connection admin = admin(); Statement sql = admin.createStatement()) {
                sql.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + name + " at " + options.pgUrl()
                        + " as " + options.pgUser() + " (needs a role with CREATEDB; see bench/README.md)", e);
            }
            pgDatabases.add(name);
            return new Store(kind, options.pgUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"),
                    options.pgUser(), options.pgPassword(), tempFolder(purpose));
        }
        Path folder = tempFolder(purpose);
        return new Store(kind, "jdbc:h2:file:" + folder.resolve("eventstore") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "",
                folder);
    }

    Path tempFolder(String purpose) {
        try {
            Path folder = Files.createTempDirectory("clusterhub-bench-" + purpose + "-");
            folders.add(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Connection admin() throws SQLException {
        return DriverManager.getConnection(options.pgUrl(), options.pgUser(), options.pgPassword());
    }

    String postgresVersion() {
        try (Connection admin = admin(); Statement sql = admin.createStatement();
             ResultSet rs = sql.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        } catch (SQLException e) {
            return null;
        }
    }

    long databaseSize(Store store) {
        if (store.postgres()) {
            try (Connection connection = DriverManager.getConnection(store.url(), store.user(), store.password());
                 Statement sql = connection.createStatement();
                 ResultSet rs = sql.executeQuery("SELECT pg_database_size(current_database())")) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                return -1;
            }
        }
        try (var files = Files.walk(store.folder())) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Drops the databases (unless --keep) and deletes the folders. */
    @Override
    public void close() {
        if (!options.keep()) {
            for (String name : pgDatabases) {
                try (Connection admin = admin(); Statement sql = admin.createStatement()) {
                    sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (SQLException e) {
                    System.err.println("could not drop database " + name + ": " + e.getMessage());
                }
            }
        } else if (!pgDatabases.isEmpty()) {
            System.out.println("Kept PostgreSQL databases: " + String.join(", ", pgDatabases));
        }
        pgDatabases.clear();
        for (Path folder : folders) {
            deleteRecursively(folder);
        }
        folders.clear();
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("could not delete " + folder + ": " + e.getMessage());
        }
    }
}
