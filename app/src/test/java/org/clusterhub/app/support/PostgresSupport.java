package org.clusterhub.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * PostgreSQL for tests: the server {@code .ci/run} installs and starts (127.0.0.1:5432, user and password
 * {@code clusterhub}, allowed to create databases). Override with {@code CLUSTERHUB_TEST_PG_URL},
 * {@code CLUSTERHUB_TEST_PG_USER}, {@code CLUSTERHUB_TEST_PG_PASSWORD}. Each caller gets a fresh, empty database;
 * without a server the test is skipped, saying why and how to run it.
 */
public final class PostgresSupport {

    public static final String HOW_TO_RUN = "PostgreSQL is not reachable at " + adminUrl()
            + " (user " + user() + "). Run `bash .ci/run`, or start PostgreSQL and create a login role `clusterhub` "
            + "(password `clusterhub`, CREATEDB) as described in README.md > Tests, then run the tests again.";

    private PostgresSupport() {
    }

    public static boolean available() {
        try (Connection ignored = DriverManager.getConnection(adminUrl(), user(), password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Skips the calling test (with {@link #HOW_TO_RUN}) when there is no server. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(available(), HOW_TO_RUN);
    }

    /** Creates an empty database and answers its JDBC URL. */
    public static String freshDatabase(String purpose) {
        assumeAvailable();
        String name = ("ch_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(adminUrl(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        // Test databases do not outlive the test run, whoever forgets to drop them.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(name), "drop-" + name));
        return adminUrl().replaceFirst("/[^/]*$", "/" + name);
    }

    private static void dropQuietly(String name) {
        try (Connection connection = DriverManager.getConnection(adminUrl(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // Best effort at JVM exit; a left-over database does not affect later runs (names are unique).
        }
    }

    public static String adminUrl() {
        return env("CLUSTERHUB_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    public static String user() {
        return env("CLUSTERHUB_TEST_PG_USER", "clusterhub");
    }

    public static String password() {
        return env("CLUSTERHUB_TEST_PG_PASSWORD", "clusterhub");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
