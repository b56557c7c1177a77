package org.clusterhub.operations.api;

/** Past and running rebuilds, newest first, one page; {@code processor} null for all. */
public record FindReadModelRebuildsQuery(String processor, int page, int size) {

    public FindReadModelRebuildsQuery {
        page = Math.max(0, page);
        size = Math.min(Math.max(1, size), 200);
    }
}
