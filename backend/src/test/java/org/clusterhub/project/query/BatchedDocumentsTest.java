package org.clusterhub.project.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

class BatchedDocumentsTest {

    private final Map<String, int[]> stored = new HashMap<>();
    private final List<String> loads = new ArrayList<>();
    private final List<String> writes = new ArrayList<>();
    private final BatchedDocuments<int[]> counters = new BatchedDocuments<>("counters", id -> {
        loads.add(id);
        int[] value = stored.get(id);
        return value == null ? null : value.clone();
    }, doc -> {
        writes.add("w" + doc[0]);
        stored.put("a", doc.clone());
    });

    @Test
    void withinABatchEachDocumentIsLoadedOnceAndWrittenOnceWhenItCommits() {
        stored.put("a", new int[] {0});
        BatchingUnitOfWork<?> batch = new BatchingUnitOfWork<>(List.of(
                GenericEventMessage.asEventMessage("e1"), GenericEventMessage.asEventMessage("e2"),
                GenericEventMessage.asEventMessage("e3")));
        // The batch runs the handler once per event, as a streaming processor does.
        batch.execute(() -> {
            counters.get("a")[0]++;
            counters.changed();
            assertThat(writes).as("nothing is written before the batch commits").isEmpty();
        });
        assertThat(loads).containsExactly("a");
        assertThat(writes).containsExactly("w3");
        assertThat(stored.get("a")[0]).isEqualTo(3);
    }

    @Test
    void aBatchThatFailsWritesNothing() {
        stored.put("a", new int[] {0});
        DefaultUnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("e1"));
        ResultMessage<Object> result = unit.executeWithResult(() -> {
            counters.get("a")[0]++;
            counters.changed();
            throw new IllegalStateException("handler failed");
        });
        assertThat(result.isExceptional()).isTrue();
        assertThat(writes).isEmpty();
        assertThat(stored.get("a")[0]).isZero();
    }

    @Test
    void outsideAUnitOfWorkEachChangeIsWrittenAtOnce() {
        counters.add("a", new int[] {7});
        counters.changed();
        assertThat(writes).containsExactly("w7");
        assertThat(counters.get("a")[0]).as("loaded afresh once written").isEqualTo(7);
        assertThat(loads).containsExactly("a");
    }
}
