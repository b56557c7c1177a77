package org.clusterhub.operations.api;

/** Past and running rebuilds, newest first: {@code limit} of them from {@code offset}; {@code processor} null for all. */
public record FindReadModelRebuildsQuery(String processor, int offset, int limit) {

    public FindReadModelRebuildsQuery {
        offset = Math.max(0, offset);
        limit = Math.min(Math.max(1, limit), 200);
    }
}
