package org.clusterhub.supervision.export;

/**
 * The words of a replay export in the reader's language: the screens pass their translations, the REST API its
 * message source for the request's language. Keys are those of the {@code supervision} and {@code history} bundles.
 */
@FunctionalInterface
public interface ReplayLabels {

    /** The text of {@code key} with its arguments, or null when the bundle has no such key. */
    String text(String key, Object... arguments);

    default String textOr(String fallback, String key, Object... arguments) {
        String text = text(key, arguments);
        return text == null || text.isBlank() ? fallback : text;
    }
}
