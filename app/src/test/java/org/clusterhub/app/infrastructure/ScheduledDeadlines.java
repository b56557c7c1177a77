package org.clusterhub.app.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reads the deadlines a node has in {@code scheduled_tasks} back through db-scheduler and Axon's serializer, as the
 * node itself will when they fall due: which aggregate, which deadline, when, and the payload's fields.
 */
final class ScheduledDeadlines {

    /** Axon's task name for deadlines ({@code DbSchedulerDeadlineToken.TASK_NAME}). */
    static final String TASK = "AxonDeadline";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private ScheduledDeadlines() {
    }

    record Scheduled(TaskInstanceId task, String aggregateType, String aggregateId, String deadlineName,
                     Instant executionTime, boolean picked, Map<String, Object> payload) {
    }

    static List<Scheduled> of(ConfigurableApplicationContext node) {
        Scheduler scheduler = node.getBean(Scheduler.class);
        Serializer serializer = node.getBean("eventSerializer", Serializer.class);
        ObjectMapper json = node.getBean(ObjectMapper.class);
        List<Scheduled> all = new ArrayList<>();
        scheduler.fetchScheduledExecutionsForTask(TASK, DbSchedulerBinaryDeadlineDetails.class,
                ScheduledExecutionsFilter.all(), execution -> {
                    DbSchedulerBinaryDeadlineDetails details = execution.getData();
                    AggregateScopeDescriptor scope =
                            (AggregateScopeDescriptor) details.getDeserializedScopeDescriptor(serializer);
                    Object payload = details.asDeadLineMessage(serializer).getPayload();
                    all.add(new Scheduled(execution.getTaskInstance(), scope.getType(),
                            String.valueOf(scope.getIdentifier()), details.getD(), execution.getExecutionTime(),
                            execution.isPicked(), json.convertValue(payload, FIELDS)));
                });
        return all;
    }

    static List<Scheduled> of(ConfigurableApplicationContext node, String aggregateId) {
        return of(node).stream().filter(scheduled -> scheduled.aggregateId().equals(aggregateId)).toList();
    }

    /** Makes a deadline due now, as if its day had passed. */
    static void dueNow(ConfigurableApplicationContext node, Scheduled scheduled) {
        node.getBean(Scheduler.class).reschedule(scheduled.task(), Instant.now());
    }
}
