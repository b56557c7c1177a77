package org.clusterhub.activity.api;

import java.util.List;

public record ActivityFigures(
        List<FigureRow> rows,
        FigureRow total) {
}
