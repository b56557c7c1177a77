package org.clusterhub.project.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The documents a projection changed in the current batch of its processor: each is loaded once and written once,
 * when the batch prepares to commit. A project's events arrive in long runs (an editing session, a replay), and
 * writing a whole document for each of them made a replay of 500,000 events take over 20 minutes.
 *
 * <p>The write runs inside the batch's transaction, after the token update is registered: if it fails, the token is
 * rolled back and the batch handled again, and the projections' version guards skip what was already applied.
 * Outside a unit of work (a projection called directly, as in unit tests) each change is written at once.
 *
 * @param <T> the document (or a document together with what the writer must know of its stored form)
 */
final class BatchedDocuments<T> {

    private final String resourceKey;
    private final Function<String, T> loader;
    private final Consumer<T> writer;
    private final Map<String, T> outsideBatch = new LinkedHashMap<>();
    private final boolean immediate;

    BatchedDocuments(String name, Function<String, T> loader, Consumer<T> writer) {
        this(name, loader, writer, false);
    }

    private BatchedDocuments(String name, Function<String, T> loader, Consumer<T> writer, boolean immediate) {
        this.resourceKey = BatchedDocuments.class.getName() + "." + name;
        this.loader = loader;
        this.writer = writer;
        this.immediate = immediate;
    }

    /** Documents written at once, whatever unit of work is running: for a projection replayed in memory. */
    static <T> BatchedDocuments<T> immediate(Function<String, T> loader, Consumer<T> writer) {
        return new BatchedDocuments<>("immediate", loader, writer, true);
    }

    /** The document as this batch has it: the copy changed earlier in the batch, else the stored one, or null. */
    T get(String id) {
        Map<String, T> pending = pending();
        T doc = pending.get(id);
        if (doc == null) {
            doc = loader.apply(id);
            if (doc != null) {
                pending.put(id, doc);
            }
        }
        return doc;
    }

    /** A new document, written with the batch. */
    void add(String id, T doc) {
        pending().put(id, doc);
    }

    /** Forgets a half-changed copy, so that the stored one is loaded afresh when the event comes again. */
    void forget(String id) {
        pending().remove(id);
    }

    /** Called after each change: writes at once when there is no batch to wait for. */
    void changed() {
        if (immediate || !CurrentUnitOfWork.isStarted()) {
            flush(outsideBatch);
        }
    }

    private Map<String, T> pending() {
        if (immediate || !CurrentUnitOfWork.isStarted()) {
            return outsideBatch;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(resourceKey, key -> {
            Map<String, T> docs = new LinkedHashMap<>();
            batch.onPrepareCommit(u -> flush(docs));
            return docs;
        });
    }

    private void flush(Map<String, T> docs) {
        for (T doc : docs.values()) {
            writer.accept(doc);
        }
        docs.clear();
    }
}
