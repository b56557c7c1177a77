package org.clusterhub.shared;

import java.util.List;

/**
 * A command refused by a business rule. Carries a message key (translated by the UI and the API) and the
 * field it concerns, so that no caller has to parse text.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final List<Object> arguments;

    public DomainRuleViolation(String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
