package org.clusterhub.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event field that nobody may read from the history, the live feed or the API (an expert's scores before
 * all are locked, a bid before the deadline). The value is stored, because the event store keeps everything; every
 * way out of ClusterHub shows it masked. A later event reveals what may be revealed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Sealed {
}
