package org.clusterhub.infrastructure.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.clusterhub.shared.AccessRefused;
import org.clusterhub.shared.City;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.shared.EditConflict;
import org.clusterhub.shared.SealedFields;
import org.clusterhub.shared.validation.ValidationMessageKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * RFC 9457 problem responses for the REST API: 400 with the invalid fields, 403, 404, 409 for conflicts, 503 when
 * the node does not answer in time, each with a localized title and detail (Accept-Language; zh-CN by default).
 * Every 400 lists {@code invalidFields}, each with the {@code field} as the caller named it (a body property such
 * as {@code creditCode} or {@code promotionOrganization.nameZh}, a query parameter, or {@code body} when the body as
 * a whole cannot be read) and a localized {@code message}. No stack trace leaves the server.
 * <p>
 * Ordered first: Spring Boot's own problem handler ({@code spring.mvc.problemdetails.enabled}) would otherwise answer
 * the framework's exceptions (unreadable body, parameter type mismatch, ...) with {@code about:blank} problems
 * without {@code invalidFields}. Framework refusals this class does not map keep their status, headers and shape.
 */
@RestControllerAdvice(basePackages = "org.clusterhub")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_BASE = "https://clusterhub.example/problems/";
    /** The pseudo-field of a body that is missing or not JSON at all. */
    private static final String BODY = "body";
    /** How a time reads in a problem's detail: in Shandong's time zone, to the minute. */
    private static final DateTimeFormatter DETAIL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final MessageSource messages;
    private final ObjectMapper json;

    public ProblemResponses(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @ExceptionHandler(JSR303ViolationException.class)
    ProblemDetail invalidCommand(JSR303ViolationException e) {
        List<Map<String, String>> fields = new ArrayList<>();
        e.getViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> fieldName(v.getPropertyPath())))
                .forEach(v -> fields.add(field(fieldName(v.getPropertyPath()),
                        message(ValidationMessageKeys.forTemplate(v.getMessageTemplate())))));
        return invalid(fields);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidRequest(MethodArgumentNotValidException e) {
        List<Map<String, String>> fields = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error -> fields.add(field(error.getField(),
                message(ValidationMessageKeys.forConstraint(String.valueOf(error.getCode()))))));
        return invalid(fields);
    }

    /** Constraints on query parameters and path variables, e.g. a page size above the maximum. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, String>> fields = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String name = parameterName(result);
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                fields.add(field(name, message(constraintKey(result, error))));
            }
        }
        return invalid(fields);
    }

    /** A body that is missing, not JSON, or has a value of the wrong type (e.g. an unknown city). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            Class<?> target = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            return unreadable(field(jsonPath(mapping.getPath()), wrongValueMessage(target,
                    mapping instanceof InvalidFormatException)));
        }
        return unreadable(field(BODY, message("problem.unreadable.detail")));
    }

    /** A query parameter or path variable of the wrong type, e.g. {@code city=ATLANTIS} or an id that is no UUID. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongParameter(MethodArgumentTypeMismatchException e) {
        return unreadable(field(e.getName(), wrongValueMessage(e.getRequiredType(), true)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return unreadable(field(e.getParameterName(), message("validation.NotNull")));
    }

    /** An upload above the servlet's limit never reaches the attachment store, which would say the same. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "problem.tooLarge.title",
                "problem.tooLarge.detail");
    }

    /** Thrown by controllers and constructors for values they cannot take; the field is not known here. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "problem.unreadable.title",
                "problem.unreadable.detail");
        problem.setProperty("invalidFields", List.of());
        return problem;
    }

    @ExceptionHandler({AccessRefused.class, AccessDeniedException.class})
    ProblemDetail refused(Exception e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.title", "problem.forbidden.detail");
    }

    /**
     * {@link IncompatibleAggregateException}: Axon loads aggregates by id alone and found another kind's events
     * under this id (a zone's id sent to a cluster command); there is no such aggregate of the addressed kind.
     */
    @ExceptionHandler({AggregateNotFoundException.class, NotFound.class, NoResourceFoundException.class,
            IncompatibleAggregateException.class})
    ProblemDetail notFound(Exception e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "problem.notFound.title", "problem.notFound.detail");
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingAggregateVersionException.class,
            AggregateStreamCreationException.class})
    ProblemDetail conflict(Exception e) {
        return problem(HttpStatus.CONFLICT, "concurrency-conflict", "problem.conflict.title",
                "problem.conflict.detail");
    }

    /**
     * Someone else changed the same part (a section, budget line, milestone, indicator) since the caller loaded it.
     * The body carries their change, so that the caller can show it and re-apply theirs against
     * {@code currentVersion}: {@code part}, {@code currentVersion}, {@code theirName}, {@code theirTime},
     * {@code theirChangeType} (the event's name) and {@code theirChange} (the event's fields, sealed ones masked).
     *
     * @see <a href="../../../../../../../../docs/decisions/006-fine-grained-edits-and-conflicts.md">ADR 006</a>
     */
    @ExceptionHandler(EditConflict.class)
    ProblemDetail editConflict(EditConflict e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(URI.create(TYPE_BASE + "edit-conflict"));
        problem.setTitle(messageOr("problem.editConflict.title", "Changed by someone else", "他人已修改同一部分"));
        String time = e.theirTime() == null ? "?" : DETAIL_TIME.format(e.theirTime());
        problem.setDetail(message("project.error.editConflict", e.theirName(), time));
        problem.setProperty("part", e.part());
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty("theirName", e.theirName());
        problem.setProperty("theirTime", e.theirTime() == null ? null : e.theirTime().toString());
        problem.setProperty("theirChangeType", e.theirChange() == null ? null
                : e.theirChange().getClass().getSimpleName());
        problem.setProperty("theirChange", SealedFields.fields(json, e.theirChange()));
        return problem;
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

    /**
     * A command or query that got no answer in time (the gateway's or the future's timeout): the node is
     * overloaded or a store is slow. Whether a command took effect is unknown; the caller may check and retry.
     */
    @ExceptionHandler(TimeoutException.class)
    ProblemDetail timeout(Exception e) {
        log.warn("API call timed out: {}", e.toString());
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
        problem.setType(URI.create(TYPE_BASE + "timeout"));
        problem.setTitle(messageOr("problem.timeout.title", "Service temporarily unavailable", "服务暂时不可用"));
        problem.setDetail(messageOr("problem.timeout.detail",
                "The server did not answer in time. Check whether your change was stored, then try again.",
                "服务器未能及时响应，请确认操作是否已保存后重试。"));
        return problem;
    }

    /** Gateways and futures wrap what a handler threw: answer for the cause. */
    @ExceptionHandler({CommandExecutionException.class, ExecutionException.class, CompletionException.class})
    ProblemDetail wrapped(Exception e) {
        Throwable cause = e.getCause();
        if (cause instanceof JSR303ViolationException invalid) {
            return invalidCommand(invalid);
        } else if (cause instanceof AccessRefused || cause instanceof AccessDeniedException) {
            return refused((Exception) cause);
        } else if (cause instanceof AggregateNotFoundException || cause instanceof IncompatibleAggregateException) {
            return notFound((Exception) cause);
        } else if (cause instanceof ConcurrencyException || cause instanceof ConflictingAggregateVersionException
                || cause instanceof AggregateStreamCreationException) {
            return conflict((Exception) cause);
        } else if (cause instanceof EditConflict conflict) {
            return editConflict(conflict);
        } else if (cause instanceof DomainRuleViolation violation) {
            return ruleViolation(violation);
        } else if (cause instanceof TimeoutException timeout) {
            return timeout(timeout);
        } else if (cause instanceof CommandExecutionException || cause instanceof ExecutionException
                || cause instanceof CompletionException) {
            return wrapped((Exception) cause);
        }
        return internal(e);
    }

    /**
     * Spring MVC's own refusals (405 with {@code Allow}, 406, 415 with {@code Accept}, ...) keep their status and
     * headers, in our problem shape; anything else is a failure of ours: logged, and answered without details.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
            HttpStatusCode status = known.getStatusCode();
            ProblemDetail problem = ProblemDetail.forStatus(status);
            HttpStatus standard = HttpStatus.resolve(status.value());
            problem.setType(URI.create(TYPE_BASE + "http-" + status.value()));
            problem.setTitle(standard == null ? String.valueOf(status.value()) : standard.getReasonPhrase());
            if (status.value() == HttpStatus.BAD_REQUEST.value()) {
                problem.setProperty("invalidFields", List.of());
            }
            return ResponseEntity.status(status).headers(known.getHeaders()).body(problem);
        }
        return ResponseEntity.internalServerError().body(internal(e));
    }

    private ProblemDetail internal(Throwable e) {
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

    private ProblemDetail unreadable(Map<String, String> field) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "problem.unreadable.title",
                "problem.unreadable.detail");
        problem.setProperty("invalidFields", List.of(field));
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

    private String wrongValueMessage(Class<?> target, boolean wrongValue) {
        if (wrongValue && target == City.class) {
            return message("validation.unknownCity");
        }
        return message("problem.unreadable.detail");
    }

    private static Map<String, String> field(String name, String message) {
        return Map.of("field", name, "message", message);
    }

    /** {@code focusAreas[0]} rather than Hibernate Validator's {@code focusAreas[0].<list element>}. */
    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                name.append('[').append(position == null ? "" : position).append(']');
            }
            String part = node.getName();
            if (part != null && !part.startsWith("<")) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(part);
            }
        }
        return name.toString();
    }

    /** {@code promotionOrganization.nameZh}, {@code centerCities[1]}: the path in the JSON the caller sent. */
    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                name.append('[').append(reference.getIndex()).append(']');
            }
        }
        return name.isEmpty() ? BODY : name.toString();
    }

    private static String parameterName(ParameterValidationResult result) {
        RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter" + result.getMethodParameter().getParameterIndex() : name;
    }

    private static String constraintKey(ParameterValidationResult result, MessageSourceResolvable error) {
        try {
            ConstraintViolation<?> violation = result.unwrap(error, ConstraintViolation.class);
            return ValidationMessageKeys.forTemplate(violation.getMessageTemplate());
        } catch (IllegalArgumentException notAViolation) {
            String[] codes = error.getCodes();
            return ValidationMessageKeys.forConstraint(codes == null || codes.length == 0 ? "invalid"
                    : codes[codes.length - 1]);
        }
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    /** For keys that the message bundles may not have yet: a built-in English or Chinese text, not the bare key. */
    private String messageOr(String key, String english, String chinese) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, "zh".equals(locale.getLanguage()) ? chinese : english, locale);
    }

    /** Thrown by controllers for a read model that has no such entry. */
    public static class NotFound extends RuntimeException {
        public NotFound(String what) {
            super(what);
        }
    }
}
