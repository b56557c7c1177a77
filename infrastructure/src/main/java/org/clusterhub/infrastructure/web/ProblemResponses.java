package org.clusterhub.infrastructure.web;

import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.validation.ValidationMessageKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * RFC 9457 problem responses for the REST API: 400 with the invalid fields, 403, 404, 409 for conflicts, each
 * with a localized title and detail (Accept-Language; zh-CN by default). No stack trace leaves the server.
 */
@RestControllerAdvice(basePackages = "org.clusterhub")
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_BASE = "https://clusterhub.example/problems/";

    private final MessageSource messages;

    public ProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(JSR303ViolationException.class)
    ProblemDetail invalidCommand(JSR303ViolationException e) {
        List<Map<String, String>> fields = new ArrayList<>();
        e.getViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> fields.add(Map.of("field", v.getPropertyPath().toString(),
                        "message", message(ValidationMessageKeys.forTemplate(v.getMessageTemplate())))));
        return invalid(fields);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidRequest(MethodArgumentNotValidException e) {
        List<Map<String, String>> fields = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error -> fields.add(Map.of("field", error.getField(),
                "message", message(ValidationMessageKeys.forConstraint(String.valueOf(error.getCode()))))));
        return invalid(fields);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            IllegalArgumentException.class})
    ProblemDetail unreadable(Exception e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "problem.unreadable.title",
                "problem.unreadable.detail");
        problem.setProperty("invalidFields", List.of());
        return problem;
    }

    @ExceptionHandler({AccessRefused.class, AccessDeniedException.class})
    ProblemDetail refused(Exception e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.title", "problem.forbidden.detail");
    }

    @ExceptionHandler({AggregateNotFoundException.class, NotFound.class, NoResourceFoundException.class})
    ProblemDetail notFound(Exception e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "problem.notFound.title", "problem.notFound.detail");
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingAggregateVersionException.class,
            AggregateStreamCreationException.class})
    ProblemDetail conflict(Exception e) {
        return problem(HttpStatus.CONFLICT, "concurrency-conflict", "problem.conflict.title",
                "problem.conflict.detail");
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail ruleViolation(DomainRuleViolation e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "rule-violation", "problem.rule.title", null);
        problem.setDetail(message(e.messageKey(), e.arguments()));
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        problem.setProperty("code", e.messageKey());
        return problem;
    }

    /** Gateways and futures wrap what a handler threw: answer for the cause. */
    @ExceptionHandler({CommandExecutionException.class, ExecutionException.class})
    ProblemDetail wrapped(Exception e) {
        Throwable cause = e.getCause();
        if (cause instanceof JSR303ViolationException invalid) {
            return invalidCommand(invalid);
        } else if (cause instanceof AccessRefused refused) {
            return refused(refused);
        } else if (cause instanceof AggregateNotFoundException missing) {
            return notFound(missing);
        } else if (cause instanceof ConcurrencyException || cause instanceof ConflictingAggregateVersionException
                || cause instanceof AggregateStreamCreationException) {
            return conflict((Exception) cause);
        } else if (cause instanceof DomainRuleViolation violation) {
            return ruleViolation(violation);
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected failure in API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "problem.internal.title",
                "problem.internal.detail");
    }

    private ProblemDetail invalid(List<Map<String, String>> fields) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "problem.validation.title",
                "problem.validation.detail");
        problem.setProperty("invalidFields", fields);
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String type, String titleKey, String detailKey) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(message(titleKey));
        if (detailKey != null) {
            problem.setDetail(message(detailKey));
        }
        return problem;
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    /** Thrown by controllers for a read model that has no such entry. */
    public static class NotFound extends RuntimeException {
        public NotFound(String what) {
            super(what);
        }
    }
}
