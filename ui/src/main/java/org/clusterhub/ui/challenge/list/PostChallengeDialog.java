package org.clusterhub.ui.challenge.list;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.clusterhub.challenge.api.ChallengeId;
import org.clusterhub.challenge.api.EvaluationCriterion;
import org.clusterhub.challenge.api.Evaluator;
import org.clusterhub.challenge.api.PostChallengeCommand;
import org.clusterhub.challenge.api.TechnicalIndicator;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.consortium.api.TechnologyArea;
import org.clusterhub.project.api.ExpertCandidate;
import org.clusterhub.shared.Actor;
import org.clusterhub.ui.support.Texts;

/**
 * The posting form (发榜). Fires the command to its owner and never calls the backend itself; the aggregate decides
 * (weights, evaluators, deadline) and refusals come back to the fields through {@link #showFieldError}.
 * Technical indicators are entered one per line as {@code 名称｜目标值｜单位}.
 */
class PostChallengeDialog extends Dialog {

    final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    final TextField title = new TextField();
    final TextArea need = new TextArea();
    final ComboBox<TechnologyArea> area = new ComboBox<>();
    final TextField keywords = new TextField();
    final TextArea indicators = new TextArea();
    final BigDecimalField budget = new BigDecimalField();
    final TextField reward = new TextField();
    final TextArea eligibility = new TextArea();
    final DateTimePicker closesAt = new DateTimePicker();
    final MultiSelectComboBox<ExpertCandidate> evaluators = new MultiSelectComboBox<>();
    private final Actor actor;
    private Consumer<PostChallengeCommand> onSave = command -> {
    };

    PostChallengeDialog(Actor actor, List<ClusterSummary> clusters, List<ExpertCandidate> pool) {
        this.actor = actor;
        setHeaderTitle(getTranslation("challenge.post.title"));
        setId("post-challenge-dialog");
        setWidth("760px");
        cluster.setLabel(getTranslation("challenge.field.cluster"));
        cluster.setItems(clusters);
        cluster.setId("post-cluster");
        cluster.setItemLabelGenerator(c -> Texts.english() && c.nameEn() != null ? c.nameEn() : c.nameZh());
        if (clusters.size() == 1) {
            cluster.setValue(clusters.get(0));
        }
        title.setLabel(getTranslation("challenge.field.title"));
        title.setId("post-title");
        need.setLabel(getTranslation("challenge.field.need"));
        need.setId("post-need");
        area.setLabel(getTranslation("challenge.field.area"));
        area.setItems(TechnologyArea.values());
        area.setId("post-area");
        area.setItemLabelGenerator(a -> Texts.enumValue(this, "challenge.area", a));
        keywords.setLabel(getTranslation("challenge.field.keywords"));
        keywords.setHelperText(getTranslation("challenge.field.keywords.help"));
        indicators.setLabel(getTranslation("challenge.field.indicators"));
        indicators.setHelperText(getTranslation("challenge.field.indicators.help"));
        indicators.setId("post-indicators");
        budget.setLabel(getTranslation("challenge.field.budget"));
        budget.setId("post-budget");
        reward.setLabel(getTranslation("challenge.field.reward"));
        eligibility.setLabel(getTranslation("challenge.field.eligibility"));
        eligibility.setId("post-eligibility");
        closesAt.setLabel(getTranslation("challenge.field.closesAt"));
        closesAt.setHelperText(getTranslation("challenge.field.closesAt.help"));
        closesAt.setId("post-closes");
        closesAt.setValue(LocalDateTime.now(Texts.SHANGHAI).plusDays(30).withHour(17).withMinute(0).withSecond(0)
                .withNano(0));
        evaluators.setLabel(getTranslation("challenge.field.evaluators"));
        evaluators.setItems(pool);
        evaluators.setItemLabelGenerator(e -> e.displayName() + "（" + e.organization() + "）");
        evaluators.setId("post-evaluators");
        Span criteria = new Span(getTranslation("challenge.field.criteria") + (Texts.english() ? ": " : "：")
                + String.join("、", EvaluationCriterion.standard().stream().map(c -> (Texts.english()
                ? c.nameEn() : c.nameZh()) + " " + c.weight() + "%").toList()));
        criteria.addClassName("current-user");

        FormLayout form = new FormLayout(cluster, area, title, budget, need, keywords, indicators, reward,
                eligibility, closesAt, evaluators, criteria);
        form.setColspan(title, 1);
        form.setColspan(need, 2);
        form.setColspan(indicators, 2);
        form.setColspan(eligibility, 2);
        form.setColspan(evaluators, 2);
        form.setColspan(criteria, 2);
        add(form);

        Button save = new Button(getTranslation("challenge.post.submit"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("post-save");
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    void onSave(Consumer<PostChallengeCommand> listener) {
        this.onSave = listener;
    }

    private void save() {
        clearErrors();
        onSave.accept(command());
    }

    PostChallengeCommand command() {
        return new PostChallengeCommand(ChallengeId.create(),
                cluster.getValue() == null ? null : cluster.getValue().clusterId(), actor.organization(),
                title.getValue(), need.getValue(), area.getValue(), keywordList(), indicatorList(),
                budget.getValue(), reward.getValue(), eligibility.getValue(),
                closesAt.getValue() == null ? null : closesAt.getValue().atZone(Texts.SHANGHAI).toInstant(),
                EvaluationCriterion.standard(), evaluators.getSelectedItems().stream()
                .sorted((a, b) -> a.username().compareTo(b.username()))
                .map(e -> new Evaluator(e.username(), e.displayName(), e.organization())).toList());
    }

    private List<String> keywordList() {
        return Arrays.stream(keywords.getValue().split("[,，、;；\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** One indicator per line, {@code 名称｜目标值｜单位} (the unit may be left out); keys follow the line order. */
    private List<TechnicalIndicator> indicatorList() {
        List<TechnicalIndicator> list = new ArrayList<>();
        for (String line : indicators.getValue().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[|｜]", -1);
            String name = parts[0].strip();
            String target = parts.length > 1 ? parts[1].strip() : "";
            String unit = parts.length > 2 ? parts[2].strip() : null;
            list.add(new TechnicalIndicator("i" + (list.size() + 1), name, target, unit));
        }
        return list;
    }

    private void clearErrors() {
        for (HasValidation field : fields().values()) {
            field.setInvalid(false);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("clusterId", cluster), Map.entry("title", title), Map.entry("need", need),
                Map.entry("area", area), Map.entry("keywords", keywords), Map.entry("indicators", indicators),
                Map.entry("budget", budget), Map.entry("reward", reward), Map.entry("eligibility", eligibility),
                Map.entry("bidsCloseAt", closesAt), Map.entry("evaluators", evaluators));
    }

    /** Shows a refusal at its field; nested paths (indicators[0].target) go to the list they belong to. */
    void showFieldError(String field, String message) {
        String root = field.replaceAll("[\\[.].*$", "");
        HasValidation target = fields().get(root);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }
}
