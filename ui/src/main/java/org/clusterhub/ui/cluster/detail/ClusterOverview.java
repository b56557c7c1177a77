package org.clusterhub.ui.cluster.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.ui.support.Texts;

/** The read-only profile of a cluster, as the plan describes it and as it has changed since. */
class ClusterOverview extends FormLayout {

    ClusterOverview() {
        setId("cluster-overview");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("50em", 2));
    }

    void show(ClusterDetails d) {
        removeAll();
        boolean english = Texts.english();
        item("cluster.field.nameZh", d.nameZh(), "field-name-zh");
        item("cluster.field.nameEn", d.nameEn(), "field-name-en");
        item("cluster.field.level", Texts.enumValue(this, "value", d.level()), "field-level");
        item("cluster.field.promotionOrganization", english && d.promotionOrganization().nameEn() != null
                ? d.promotionOrganization().nameEn() : d.promotionOrganization().nameZh(), "field-promotion-organization");
        item("cluster.field.centerCities", Texts.cities(this, d.centerCities()), "field-center-cities");
        item("cluster.field.keyCities", Texts.cities(this, d.keyCities()), "field-key-cities");
        item("cluster.field.radiatedCities", Texts.cities(this, d.radiatedCities()), "field-radiated-cities");
        item("cluster.field.leadingEnterprises", d.leadingEnterprises().stream()
                .map(e -> e.nameZh() + (e.city() == null ? "" : Texts.bracketed(Texts.city(this, e.city()))))
                .collect(Collectors.joining(Texts.listSeparator())), "field-leading-enterprises");
        item("cluster.field.supportingPlatforms", String.join(Texts.listSeparator(), d.supportingPlatforms()),
                "field-platforms");
        List<String> areas = english && d.focusAreasEn().size() == d.focusAreas().size() ? d.focusAreasEn()
                : d.focusAreas();
        item("cluster.field.focusAreas", String.join(english ? "; " : "、", areas), "field-focus-areas");
        item("cluster.field.nationalCompetition", d.nationalCompetition().isEmpty()
                ? getTranslation("cluster.field.nationalCompetition.none")
                : d.nationalCompetition().stream().map(entry -> getTranslation("cluster.field.nationalCompetition.entry",
                        entry.round(), entry.description(), entry.outcome() == null
                                ? getTranslation("cluster.field.nationalCompetition.pending")
                                : Texts.enumValue(this, "value", entry.outcome())))
                .collect(Collectors.joining("；")), "field-national-competition");
        item("cluster.field.nationallyLeading", d.nationallyLeading() == null
                ? getTranslation("cluster.field.nationallyLeading.none")
                : getTranslation("cluster.field.nationallyLeading.since", Texts.dateTime(this,
                        d.nationallyLeading().since()), d.nationallyLeading().reason()), "field-nationally-leading");
        if (d.retired()) {
            item("cluster.field.retirementReason", d.retirementReason(), "field-retirement-reason");
        }
        item("cluster.field.lastChangedAt", Texts.dateTime(this, d.lastChangedAt()), "field-last-changed");
    }

    private void item(String labelKey, String value, String id) {
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.setId(id);
        Div content = new Div(text);
        content.addClassName("overview-value");
        Component added = addFormItem(content, getTranslation(labelKey));
        added.addClassName("overview-item");
    }
}
