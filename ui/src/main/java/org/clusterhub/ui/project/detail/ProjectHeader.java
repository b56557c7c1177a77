package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import org.clusterhub.project.api.BudgetLineView;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.ui.support.Texts;

/**
 * The top of a project's page: title, lifecycle status and library state as badges, then the facts people look for
 * first (cluster, kind, city, lead organization, person in charge, years) and the budget figures in 万元.
 */
public final class ProjectHeader extends VerticalLayout {

    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span library = new Span();
    private final FormLayout facts = new FormLayout();

    public ProjectHeader() {
        setPadding(false);
        setSpacing(false);
        title.setId("project-title");
        title.getStyle().set("margin", "0");
        status.setId("project-status");
        library.setId("project-library");
        HorizontalLayout heading = new HorizontalLayout(title, status, library);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.addClassName("badges");
        facts.setId("project-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("70em", 4));
        add(heading, facts);
    }

    public void show(ProjectView p) {
        title.setText(p.title());
        status.setText(Texts.enumValue(this, "project.status", p.status()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add("badge " + statusTheme(p.status()));
        library.setText(p.libraryState() == null ? getTranslation("project.library.NONE")
                : Texts.enumValue(this, "project.library", p.libraryState()));
        library.getElement().getThemeList().clear();
        library.getElement().getThemeList().add("badge contrast");
        facts.removeAll();
        fact("project.editor.field.cluster", p.clusterName(), "field-cluster");
        fact("project.editor.field.kind", Texts.enumValue(this, "project.kind", p.kind()), "field-kind");
        fact("project.editor.field.city", Texts.city(this, p.city()), "field-city");
        fact("project.editor.field.leadOrganization", p.leadOrganization(), "field-lead");
        fact("project.editor.field.personInCharge", p.personInCharge(), "field-person");
        fact("project.editor.field.years", getTranslation("project.editor.years", String.valueOf(p.startYear()),
                String.valueOf(p.endYear())), "field-years");
        fact("project.editor.field.requested", ChangeTexts.amount(this, p.requestedBudget()), "field-requested");
        fact("project.editor.field.subsidy", subsidy(p), "field-subsidy");
        fact("project.editor.field.approved", ChangeTexts.amount(this, p.approvedBudget()), "field-approved");
        fact("project.editor.field.spent", ChangeTexts.amount(this, p.spent()), "field-spent");
    }

    /**
     * The provincial subsidy as the read model states it; before it states one (before approval), what the budget
     * lines ask for, marked as requested.
     */
    private String subsidy(ProjectView p) {
        if (p.provincialSubsidy() != null) {
            return ChangeTexts.amount(this, p.provincialSubsidy());
        }
        BigDecimal requested = p.budgetLines().stream().filter(l -> l.source() == FundingSource.PROVINCIAL_SUBSIDY)
                .map(BudgetLineView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return getTranslation("project.editor.field.subsidyRequested", ChangeTexts.amount(this, requested));
    }

    private static String statusTheme(ProjectStatus status) {
        return switch (status) {
            case DRAFT -> "contrast";
            case RETURNED, REJECTED, SUSPENDED, TERMINATED -> "error";
            case IN_PROGRESS, MIDTERM_EVALUATION, ACCEPTANCE, PERFORMANCE_ASSESSMENT, CLOSED -> "success";
            default -> "";
        };
    }

    private void fact(String labelKey, String value, String id) {
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.setId(id);
        Div content = new Div(text);
        content.addClassName("overview-value");
        facts.addFormItem(content, getTranslation(labelKey)).addClassName("overview-item");
    }
}
