package org.clusterhub.shared.validation;

/**
 * Turns a Bean Validation message template into a key of the message bundles, so that the UI and the API
 * localize a refused field the same way: {@code {jakarta.validation.constraints.NotBlank.message}} becomes
 * {@code validation.NotBlank}, {@code {validation.creditCode}} stays {@code validation.creditCode}.
 */
public final class ValidationMessageKeys {

    private static final String BUILT_IN = "jakarta.validation.constraints.";
    private static final String SUFFIX = ".message";

    private ValidationMessageKeys() {
    }

    public static String forTemplate(String template) {
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        if (key.startsWith(BUILT_IN) && key.endsWith(SUFFIX)) {
            return "validation." + key.substring(BUILT_IN.length(), key.length() - SUFFIX.length());
        }
        return key;
    }

    /** For Spring's binding error codes such as {@code NotBlank}. */
    public static String forConstraint(String constraintName) {
        return "validation." + constraintName;
    }
}
