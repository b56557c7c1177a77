package org.clusterhub.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.validation.ValidationMessageKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command from a screen and turns every refusal into a localized message: invalid fields go back to the
 * form, other refusals become a notification. Nothing technical reaches the person.
 */
@org.springframework.stereotype.Component
public class CommandSender {

    private static final Logger log = LoggerFactory.getLogger(CommandSender.class);

    private final CommandGateway commands;

    public CommandSender(CommandGateway commands) {
        this.commands = commands;
    }

    /**
     * Sends and waits. Answers the command's message id (the correlation id its events will carry) on success.
     *
     * @param fieldErrors receives (field, localized message) for invalid input; may be null
     */
    public Optional<String> send(Component screen, Object command, BiConsumer<String, String> fieldErrors) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        try {
            commands.sendAndWait(message, 15, TimeUnit.SECONDS);
            return Optional.of(message.getIdentifier());
        } catch (RuntimeException e) {
            Throwable failure = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
            report(screen, failure, fieldErrors);
            return Optional.empty();
        }
    }

    private void report(Component screen, Throwable failure, BiConsumer<String, String> fieldErrors) {
        if (failure instanceof JSR303ViolationException invalid) {
            Map<String, String> byField = new LinkedHashMap<>();
            for (ConstraintViolation<Object> violation : invalid.getViolations()) {
                byField.putIfAbsent(violation.getPropertyPath().toString(),
                        screen.getTranslation(ValidationMessageKeys.forTemplate(violation.getMessageTemplate())));
            }
            if (fieldErrors != null) {
                byField.forEach(fieldErrors);
            }
            error(screen, screen.getTranslation("common.error.invalid") + " "
                    + String.join("；", byField.values()));
        } else if (failure instanceof DomainRuleViolation rule) {
            String text = screen.getTranslation(rule.messageKey(), rule.arguments());
            if (fieldErrors != null && rule.field() != null) {
                fieldErrors.accept(rule.field(), text);
            }
            error(screen, text);
        } else if (failure instanceof AccessRefused) {
            error(screen, screen.getTranslation("common.error.forbidden"));
        } else if (failure instanceof ConcurrencyException || failure instanceof AggregateStreamCreationException) {
            error(screen, screen.getTranslation("common.error.conflict"));
        } else {
            log.error("command failed", failure);
            error(screen, screen.getTranslation("common.error.unexpected"));
        }
    }

    public static void error(Component screen, String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("error-notice");
    }

    public static void success(Component screen, String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
