package org.clusterhub.shared;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place where an event payload is made fit to leave ClusterHub: every {@link Sealed} component is replaced by
 * {@link #MASK}. The history (tab and API), the live feed (screens and STOMP) and problem bodies that quote an event
 * all go through here, so that a new way out cannot forget one sealed field.
 */
public final class SealedFields {

    /** What a sealed value reads as, wherever it is shown. */
    public static final String MASK = "sealed";

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    /** The sealed record components of each payload type (empty for most), computed once per type. */
    private static final ClassValue<List<RecordComponent>> SEALED = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return List.of();
            }
            return Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.isAnnotationPresent(Sealed.class)
                            || component.getAccessor().isAnnotationPresent(Sealed.class))
                    .toList();
        }
    };

    private SealedFields() {
    }

    public static boolean hasSealed(Class<?> payloadType) {
        return !SEALED.get(payloadType).isEmpty();
    }

    /** The payload's fields as plain values (ids and enums as strings), each sealed one replaced by {@link #MASK}. */
    public static Map<String, Object> fields(ObjectMapper json, Object payload) {
        if (payload == null) {
            return Map.of();
        }
        Map<String, Object> fields = new LinkedHashMap<>(json.convertValue(payload, FIELDS));
        for (RecordComponent component : SEALED.get(payload.getClass())) {
            fields.put(component.getName(), MASK);
        }
        return fields;
    }

    /**
     * The payload itself when it has nothing sealed; otherwise a copy of the record with every sealed component
     * null, so that code handed the object (live screens) keeps its type but cannot read what is sealed.
     */
    @SuppressWarnings("unchecked")
    public static <T> T masked(T payload) {
        if (payload == null) {
            return null;
        }
        List<RecordComponent> sealed = SEALED.get(payload.getClass());
        if (sealed.isEmpty()) {
            return payload;
        }
        // Each call to getRecordComponents() makes new objects, which do not compare equal: match by name.
        Set<String> sealedNames = sealed.stream().map(RecordComponent::getName).collect(Collectors.toSet());
        RecordComponent[] components = payload.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = sealedNames.contains(components[i].getName()) ? emptyValue(types[i])
                        : components[i].getAccessor().invoke(payload);
            }
            Constructor<?> canonical = payload.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (T) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException invocation ? invocation.getCause() : e;
            throw new IllegalStateException("cannot mask " + payload.getClass().getSimpleName(), cause);
        }
    }

    private static Object emptyValue(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
