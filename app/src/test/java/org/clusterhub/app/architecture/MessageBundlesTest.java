package org.clusterhub.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Chinese and English stay in step: every bundle has the same keys in both languages, every key a screen asks for
 * exists, and every event has a History title.
 */
class MessageBundlesTest {

    static final Path I18N = Path.of("../ui/src/main/resources/i18n");
    static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z][\\w.]+)\"");

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            List<Path> bases = files.filter(p -> !p.getFileName().toString().contains("_")).toList();
            assertThat(bases).isNotEmpty();
            for (Path base : bases) {
                Path english = base.resolveSibling(base.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(english).as("English bundle for " + base).exists();
                assertThat(load(english).stringPropertyNames()).as(english.toString())
                        .containsExactlyInAnyOrderElementsOf(load(base).stringPropertyNames());
            }
        }
    }

    @Test
    void everyKeyAScreenAsksForExists() throws IOException {
        Set<String> known = allKeys();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("../ui/src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1)) && !matcher.group(1).endsWith(".")) {
                        missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEventHasAHistoryTitle() throws IOException {
        Set<String> known = allKeys();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("../backend/src/main/java"))) {
            sources.filter(p -> p.getParent().getFileName().toString().equals("api"))
                    .map(p -> p.getFileName().toString().replace(".java", ""))
                    .filter(name -> name.endsWith("Event"))
                    .filter(name -> !known.contains("history.event." + name))
                    .forEach(missing::add);
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.toList()) {
                keys.addAll(load(file).stringPropertyNames());
            }
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
