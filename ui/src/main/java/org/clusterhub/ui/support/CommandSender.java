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
import java.util.function.Consumer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.EditConflict;
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
    /** Tries of an edit that keeps losing the append race to other nodes before the person is told. */
    private static final int EDIT_ATTEMPTS = 3;

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

    /**
     * Sends a fine-grained edit (one part, against the version its author saw; ADR 006). When someone else changed
     * the same part since, the {@link EditConflict} goes to {@code onConflict} instead of a notice, so that the
     * screen can show both versions. A lost race on the store's (aggregate, sequence) key is an ordinary
     * concurrency failure: the same command is sent again, and the aggregate's part check decides.
     *
     * @return the message id of the command that was stored, or empty when it was refused or conflicted
     * @see <a href="../../../../../../../../docs/decisions/006-fine-grained-edits-and-conflicts.md">ADR 006</a>
     */
    public Optional<String> sendEdit(Component screen, Object command, BiConsumer<String, String> fieldErrors,
                                     Consumer<EditConflict> onConflict) {
        for (int attempt = 1; ; attempt++) {
            CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
            try {
                commands.sendAndWait(message, 15, TimeUnit.SECONDS);
                return Optional.of(message.getIdentifier());
            } catch (RuntimeException e) {
                Throwable failure = rootOf(e);
                if (failure instanceof EditConflict conflict) {
                    onConflict.accept(conflict);
                    return Optional.empty();
                }
                boolean lostAppendRace = failure instanceof ConcurrencyException
                        && !(failure instanceof ConflictingAggregateVersionException);
                if (lostAppendRace && attempt < EDIT_ATTEMPTS) {
                    log.debug("edit lost an append race, sending again (attempt {})", attempt + 1);
                    continue;
                }
                report(screen, failure, fieldErrors);
                return Optional.empty();
            }
        }
    }

    /** A handler's exception may reach the gateway wrapped (e.g. by a distributed command bus). */
    private static Throwable rootOf(RuntimeException e) {
        Throwable failure = e;
        while (failure instanceof CommandExecutionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
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
