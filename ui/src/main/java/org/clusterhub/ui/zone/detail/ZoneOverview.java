package org.clusterhub.ui.zone.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.clusterhub.ui.support.Texts;
import org.clusterhub.zone.api.ZoneDetails;
import org.clusterhub.zone.api.ZoneTarget;

/**
 * The read-only profile of a zone: where it is, what kind, its aims (in the UI language, the other language below),
 * key tasks and quantified targets.
 */
class ZoneOverview extends VerticalLayout {

    private final FormLayout facts = new FormLayout();
    private final Paragraph aims = new Paragraph();
    private final H5 otherAimsHeading = new H5();
    private final Paragraph otherAims = new Paragraph();
    private final UnorderedList keyTasks = new UnorderedList();
    private final Span noTargets = new Span();
    private final Grid<ZoneTarget> targets = new Grid<>();

    ZoneOverview() {
        setId("zone-overview");
        setPadding(false);
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 3));
        aims.setId("field-aims");
        aims.addClassName("overview-value");
        otherAims.setId("field-aims-other");
        otherAims.addClassName("overview-value");
        // Plain Lumo variables: the app's stylesheet belongs to the layout, and no bundle rebuild is possible.
        otherAims.getStyle().set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        keyTasks.setId("field-key-tasks");
        noTargets.setId("no-targets");
        noTargets.setText(getTranslation("zone.detail.noTargets"));
        targets.setId("zone-targets-grid");
        targets.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        targets.setAllRowsVisible(true);
        targets.addColumn(TargetTexts::indicator).setHeader(getTranslation("zone.target.indicator"))
                .setFlexGrow(4);
        targets.addColumn(TargetTexts::goal).setHeader(getTranslation("zone.target.goal")).setWidth("10rem")
                .setFlexGrow(0);
        targets.addColumn(t -> t.year() == null ? "—" : String.valueOf(t.year()))
                .setHeader(getTranslation("zone.target.year")).setWidth("7rem").setFlexGrow(0);
        add(facts, new H4(getTranslation("zone.detail.aims")), aims, otherAimsHeading, otherAims,
                new H4(getTranslation("zone.detail.keyTasks")), keyTasks,
                new H4(getTranslation("zone.detail.targets")), noTargets, targets);
    }

    void show(ZoneDetails d) {
        facts.removeAll();
        item("zone.field.city", Texts.city(this, d.city()), "field-city");
        item("zone.field.kind", Texts.enumValue(this, "zone.kind", d.kind()), "field-kind");
        item("zone.field.lastChangedAt", Texts.dateTime(this, d.lastChangedAt()), "field-last-changed");

        boolean english = Texts.english();
        boolean hasEnglish = d.aimsEn() != null && !d.aimsEn().isBlank();
        // Show the UI language first; the other one, when there is one, follows under a small heading.
        String primary = english && hasEnglish ? d.aimsEn() : d.aimsZh();
        String secondary = english ? (hasEnglish ? d.aimsZh() : null) : (hasEnglish ? d.aimsEn() : null);
        aims.setText(primary);
        otherAimsHeading.setText(getTranslation(english && hasEnglish ? "zone.detail.aimsInChinese"
                : "zone.detail.aimsInEnglish"));
        otherAims.setText(secondary == null ? "" : secondary);
        otherAimsHeading.setVisible(secondary != null);
        otherAims.setVisible(secondary != null);

        keyTasks.removeAll();
        d.keyTasks().forEach(task -> keyTasks.add(new ListItem(task)));

        targets.setItems(d.targets());
        targets.setVisible(!d.targets().isEmpty());
        noTargets.setVisible(d.targets().isEmpty());
    }

    private void item(String labelKey, String value, String id) {
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.setId(id);
        Div content = new Div(text);
        content.addClassName("overview-value");
        Component added = facts.addFormItem(content, getTranslation(labelKey));
        added.addClassName("overview-item");
    }
}
