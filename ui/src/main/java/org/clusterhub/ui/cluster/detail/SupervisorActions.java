package org.clusterhub.ui.cluster.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Year;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.clusterhub.cluster.api.AssessNationallyLeadingCommand;
import org.clusterhub.cluster.api.ChangeClusterLevelCommand;
import org.clusterhub.cluster.api.ClusterDetails;
import org.clusterhub.cluster.api.ClusterLevel;
import org.clusterhub.cluster.api.CompetitionOutcome;
import org.clusterhub.cluster.api.PromotionOrganization;
import org.clusterhub.cluster.api.RecordNationalCompetitionApplicationCommand;
import org.clusterhub.cluster.api.RecordNationalCompetitionResultCommand;
import org.clusterhub.cluster.api.ReplacePromotionOrganizationCommand;
import org.clusterhub.cluster.api.RetireClusterCommand;
import org.clusterhub.cluster.api.WithdrawNationallyLeadingCommand;
import org.clusterhub.ui.support.Texts;

/** The supervisor's dynamic-management actions on a cluster; each builds a command and asks for a reason. */
final class SupervisorActions {

    private SupervisorActions() {
    }

    static List<Button> buttons(Component owner, Supplier<ClusterDetails> current, Predicate<Object> send) {
        Button level = button(owner, "cluster.action.changeLevel", VaadinIcon.LEVEL_UP, "action-change-level", () -> {
            Select<ClusterLevel> target = new Select<>();
            target.setLabel(owner.getTranslation("cluster.field.level"));
            target.setItems(ClusterLevel.values());
            target.setItemLabelGenerator(l -> Texts.enumValue(owner, "value", l));
            target.setValue(current.get().level() == ClusterLevel.NATIONAL ? ClusterLevel.PROVINCIAL : ClusterLevel.NATIONAL);
            target.setId("new-level");
            ReasonDialog.open(owner, owner.getTranslation("cluster.action.changeLevel"), true, reason -> send.test(
                    new ChangeClusterLevelCommand(current.get().clusterId(), target.getValue(), reason,
                            current.get().version())), target);
        });
        Button organization = button(owner, "cluster.action.replaceOrganization", VaadinIcon.EXCHANGE,
                "action-replace-organization", () -> {
                    TextField nameZh = new TextField(owner.getTranslation("cluster.field.promotionOrganizationZh"));
                    TextField nameEn = new TextField(owner.getTranslation("cluster.field.promotionOrganizationEn"));
                    nameZh.setId("new-organization-zh");
                    ReasonDialog.open(owner, owner.getTranslation("cluster.action.replaceOrganization"), true,
                            reason -> send.test(new ReplacePromotionOrganizationCommand(current.get().clusterId(),
                                    new PromotionOrganization(nameZh.getValue(), nameEn.getValue()), reason,
                                    current.get().version())), nameZh, nameEn);
                });
        boolean pending = current.get().nationalCompetition().stream().anyMatch(e -> e.outcome() == null);
        Button competition = pending
                ? button(owner, "cluster.action.recordResult", VaadinIcon.TROPHY, "action-record-result", () -> {
                    Select<CompetitionOutcome> outcome = new Select<>();
                    outcome.setLabel(owner.getTranslation("cluster.field.outcome"));
                    outcome.setItems(CompetitionOutcome.values());
                    outcome.setItemLabelGenerator(o -> Texts.enumValue(owner, "value", o));
                    outcome.setId("competition-outcome");
                    ReasonDialog.open(owner, owner.getTranslation("cluster.action.recordResult"), false,
                            note -> send.test(new RecordNationalCompetitionResultCommand(current.get().clusterId(),
                                    outcome.getValue(), note, current.get().version())), outcome);
                })
                : button(owner, "cluster.action.recordApplication", VaadinIcon.FLAG, "action-record-application",
                        () -> {
                            IntegerField round = new IntegerField(owner.getTranslation("cluster.field.round"));
                            round.setValue(Year.now(Texts.SHANGHAI).getValue());
                            round.setId("competition-round");
                            ReasonDialog.open(owner, owner.getTranslation("cluster.action.recordApplication"), true,
                                    description -> send.test(new RecordNationalCompetitionApplicationCommand(
                                            current.get().clusterId(), round.getValue(), description,
                                            current.get().version())), round);
                        });
        Button leading = current.get().nationallyLeading() == null
                ? button(owner, "cluster.action.assessLeading", VaadinIcon.STAR, "action-assess-leading", () ->
                        ReasonDialog.open(owner, owner.getTranslation("cluster.action.assessLeading"), true,
                                reason -> send.test(new AssessNationallyLeadingCommand(current.get().clusterId(),
                                        reason, current.get().version()))))
                : button(owner, "cluster.action.withdrawLeading", VaadinIcon.STAR_O, "action-withdraw-leading", () ->
                        ReasonDialog.open(owner, owner.getTranslation("cluster.action.withdrawLeading"), true,
                                reason -> send.test(new WithdrawNationallyLeadingCommand(current.get().clusterId(),
                                        reason, current.get().version()))));
        Button retire = button(owner, "cluster.action.retire", VaadinIcon.ARCHIVE, "action-retire", () ->
                ReasonDialog.open(owner, owner.getTranslation("cluster.action.retire"), true, reason -> send.test(
                        new RetireClusterCommand(current.get().clusterId(), reason, current.get().version()))));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return List.of(level, organization, competition, leading, retire);
    }

    private static Button button(Component owner, String key, VaadinIcon icon, String id, Runnable action) {
        Button button = new Button(owner.getTranslation(key), icon.create(), click -> action.run());
        button.setId(id);
        return button;
    }
}
