package org.clusterhub.project.query;

import java.lang.reflect.Method;
import java.time.Instant;
import org.axonframework.messaging.MetaData;

/** Hands an event to a projection's handler as Axon would, filling the sequence, time and metadata parameters. */
final class Delivery {

    private Delivery() {
    }

    static void deliver(Object projection, Object event, long sequence, Instant at, MetaData meta) {
        for (Method method : projection.getClass().getDeclaredMethods()) {
            if (!method.getName().equals("on") || method.getParameterTypes()[0] != event.getClass()) {
                continue;
            }
            Object[] arguments = new Object[method.getParameterCount()];
            arguments[0] = event;
            for (int i = 1; i < arguments.length; i++) {
                Class<?> type = method.getParameterTypes()[i];
                arguments[i] = type == long.class ? (Object) sequence : type == Instant.class ? at : meta;
            }
            try {
                method.setAccessible(true);
                method.invoke(projection, arguments);
                return;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
