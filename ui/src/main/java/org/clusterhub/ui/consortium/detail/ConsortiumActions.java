package org.clusterhub.ui.consortium.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import org.clusterhub.cluster.api.OrganizationKind;
import org.clusterhub.consortium.api.*;

/**
 * The actions a person may take on one consortium: the bar above the board (invite, answer, apply, commit, leave,
 * register, dissolve) and each board row's (withdraw, admit or reject, change role). Which appear follows
 * {@link Permissions}; every action is a command whose refusal comes back as a localized message.
 */
class ConsortiumActions extends HorizontalLayout {

    /** Sends a command from a dialog, reporting refused fields to it; answers whether it was accepted. */
    interface Sender extends BiPredicate<Object, BiConsumer<String, String>> {
    }

    private final Sender sender;
    private Permissions permissions;

    ConsortiumActions(Sender sender) {
        this.sender = sender;
        setId("consortium-actions");
        getStyle().set("flex-wrap", "wrap");
    }

    void show(Permissions shown) {
        permissions = shown;
        removeAll();
        ConsortiumView c = shown.consortium();
        if (shown.answers()) {
            ConsortiumMemberView own = shown.own().orElseThrow();
            add(primary("accept-invitation", "consortium.action.accept", VaadinIcon.CHECK,
                    () -> acceptDialog(c, own)));
            add(button("decline-invitation", "consortium.action.decline", VaadinIcon.CLOSE,
                    () -> declineDialog(c, own)));
        }
        if (shown.lead()) {
            add(primary("invite-organization", "consortium.action.invite", VaadinIcon.PLUS, () -> inviteDialog(c)));
        }
        if (shown.applies()) {
            add(primary("apply-to-join", "consortium.action.apply", VaadinIcon.SIGN_IN, () -> applyDialog(c)));
        }
        if (shown.member()) {
            ConsortiumMemberView own = shown.own().orElseThrow();
            add(button("record-commitment", "consortium.action.commitment", VaadinIcon.EDIT,
                    () -> commitmentDialog(c, own)));
        }
        if (shown.leaves()) {
            ConsortiumMemberView own = shown.own().orElseThrow();
            add(button("leave-consortium", "consortium.action.leave", VaadinIcon.EXIT_O, () -> reasonDialog(
                    "leave-dialog", getTranslation("consortium.leave.title"),
                    reason -> new LeaveConsortiumCommand(c.consortiumId(), own.creditCode(), reason))));
        }
        if (shown.registers()) {
            add(primary("register-consortium", "consortium.action.register", VaadinIcon.DIPLOMA,
                    () -> registerDialog(c)));
        }
        if (shown.dissolves()) {
            Button dissolve = button("dissolve-consortium", "consortium.action.dissolve", VaadinIcon.BAN,
                    () -> reasonDialog("dissolve-dialog", getTranslation("consortium.dissolve.title"),
                            reason -> new DissolveConsortiumCommand(c.consortiumId(), reason)));
            dissolve.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(dissolve);
        }
    }

    /** A board row's actions for the person looking: only the lead runs other organizations' entries. */
    Component rowActions(ConsortiumMemberView member) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (permissions == null || !permissions.lead()) {
            return actions;
        }
        ConsortiumId id = permissions.consortium().consortiumId();
        switch (member.state()) {
            case INVITED, DECLINED -> actions.add(small("withdraw-" + member.creditCode(),
                    "consortium.action.withdraw", () -> sender.test(new WithdrawInvitationCommand(id,
                            member.creditCode()), null)));
            case APPLIED -> {
                actions.add(small("admit-" + member.creditCode(), "consortium.action.admit",
                        () -> roleDialog(getTranslation("consortium.admit.title", member.organization()),
                                "admit-dialog", role -> new DecideApplicationCommand(id, member.creditCode(), true,
                                        role, null))));
                actions.add(small("reject-" + member.creditCode(), "consortium.action.reject",
                        () -> reasonDialog("reject-dialog", getTranslation("consortium.reject.title",
                                member.organization()), reason -> new DecideApplicationCommand(id,
                                member.creditCode(), false, null, reason))));
            }
            case MEMBER -> {
                if (member.role() != MemberRole.LEAD) {
                    actions.add(small("role-" + member.creditCode(), "consortium.action.role",
                            () -> roleDialog(getTranslation("consortium.changeRole.title", member.organization()),
                                    "role-dialog", role -> new ChangeMemberRoleCommand(id, member.creditCode(),
                                            role))));
                }
            }
            default -> {
            }
        }
        return actions;
    }

    // ---- dialogs ---------------------------------------------------------------------------------------------------

    private void inviteDialog(ConsortiumView c) {
        FormDialog dialog = new FormDialog(getTranslation("consortium.invite.title"), "invite-dialog",
                getTranslation("consortium.invite.save"));
        TextField organization = dialog.field("organization", text("consortium.field.organization",
                "invite-organization"));
        TextField creditCode = dialog.field("creditCode", text("consortium.field.creditCode", "invite-credit-code"));
        creditCode.setHelperText(getTranslation("consortium.field.creditCode.help"));
        Select<OrganizationKind> kind = dialog.field("kind", kindSelect("invite-kind"));
        Select<MemberOrigin> origin = dialog.field("origin", originSelect("invite-origin"));
        TextField region = dialog.field("region", text("consortium.field.region", "invite-region"));
        region.setHelperText(getTranslation("consortium.field.region.help"));
        region.setEnabled(false);
        origin.addValueChangeListener(e -> region.setEnabled(e.getValue() == MemberOrigin.OUTSIDE_REGION));
        Select<MemberRole> role = dialog.field("role", roleSelect("invite-role"));
        Checkbox required = new Checkbox(getTranslation("consortium.field.requiredForFounding"));
        required.setId("invite-required");
        required.setValue(c.status() == ConsortiumStatus.FORMING);
        required.setEnabled(c.status() == ConsortiumStatus.FORMING);
        dialog.text(required);
        dialog.onSave(() -> sender.test(new InviteOrganizationCommand(c.consortiumId(), organization.getValue(),
                code(creditCode), kind.getValue(), origin.getValue(), region.getValue(), role.getValue(),
                required.getValue()), dialog::showFieldError));
        dialog.open();
    }

    private void acceptDialog(ConsortiumView c, ConsortiumMemberView own) {
        FormDialog dialog = new FormDialog(getTranslation("consortium.accept.title", c.name()), "accept-dialog",
                getTranslation("consortium.action.accept"));
        dialog.text(new Paragraph(getTranslation("consortium.accept.intro", own.organization(),
                getTranslation("consortium.role." + own.role().name()))));
        CommitmentFields commitment = new CommitmentFields("accept");
        dialog.commitment("commitment", commitment);
        dialog.onSave(() -> sender.test(new AcceptInvitationCommand(c.consortiumId(), own.creditCode(),
                commitment.value()), dialog::showFieldError));
        dialog.open();
    }

    private void declineDialog(ConsortiumView c, ConsortiumMemberView own) {
        FormDialog dialog = new FormDialog(getTranslation("consortium.decline.title", c.name()), "decline-dialog",
                getTranslation("consortium.action.decline"));
        TextArea reason = dialog.field("reason", new TextArea(getTranslation("consortium.field.reasonOptional")));
        reason.setId("decline-dialog-reason");
        dialog.onSave(() -> sender.test(new DeclineInvitationCommand(c.consortiumId(), own.creditCode(),
                reason.getValue()), dialog::showFieldError));
        dialog.open();
    }

    private void applyDialog(ConsortiumView c) {
        FormDialog dialog = new FormDialog(getTranslation("consortium.apply.title", c.name()), "apply-dialog",
                getTranslation("consortium.action.apply"));
        TextField creditCode = dialog.field("creditCode", text("consortium.field.creditCode", "apply-credit-code"));
        Select<OrganizationKind> kind = dialog.field("kind", kindSelect("apply-kind"));
        Select<MemberOrigin> origin = dialog.field("origin", originSelect("apply-origin"));
        TextField region = dialog.field("region", text("consortium.field.region", "apply-region"));
        TextArea motivation = dialog.field("motivation", new TextArea(getTranslation("consortium.field.motivation")));
        motivation.setId("apply-motivation");
        CommitmentFields commitment = new CommitmentFields("apply");
        dialog.commitment("commitment", commitment);
        dialog.onSave(() -> sender.test(new ApplyToJoinCommand(c.consortiumId(),
                permissions.actor().organization(), code(creditCode), kind.getValue(), origin.getValue(),
                region.getValue(), motivation.getValue(), commitment.value()), dialog::showFieldError));
        dialog.open();
    }

    private void commitmentDialog(ConsortiumView c, ConsortiumMemberView own) {
        FormDialog dialog = new FormDialog(getTranslation("consortium.commitment.title", own.organization()),
                "commitment-dialog", getTranslation("common.save"));
        CommitmentFields commitment = new CommitmentFields("commitment");
        commitment.show(own.commitment());
        dialog.commitment("commitment", commitment);
        dialog.onSave(() -> sender.test(new RecordCommitmentCommand(c.consortiumId(), own.creditCode(),
                commitment.value()), dialog::showFieldError));
        dialog.open();
    }

    private void registerDialog(ConsortiumView c) {
        FormDialog dialog = new FormDialog(getTranslation("consortium.register.title", c.name()), "register-dialog",
                getTranslation("consortium.action.register"));
        TextField number = dialog.field("registrationNumber", text("consortium.field.registrationNumber",
                "register-number"));
        TextArea note = dialog.field("note", new TextArea(getTranslation("consortium.field.note")));
        dialog.onSave(() -> sender.test(new RegisterConsortiumCommand(c.consortiumId(), number.getValue(),
                note.getValue()), dialog::showFieldError));
        dialog.open();
    }

    private void reasonDialog(String id, String title, java.util.function.Function<String, Object> command) {
        FormDialog dialog = new FormDialog(title, id, getTranslation("consortium.confirm"));
        TextArea reason = dialog.field("reason", new TextArea(getTranslation("consortium.field.reason")));
        reason.setId(id + "-reason");
        dialog.onSave(() -> sender.test(command.apply(reason.getValue()), dialog::showFieldError));
        dialog.open();
    }

    private void roleDialog(String title, String id, java.util.function.Function<MemberRole, Object> command) {
        FormDialog dialog = new FormDialog(title, id, getTranslation("consortium.confirm"));
        Select<MemberRole> role = dialog.field("role", roleSelect(id + "-role"));
        dialog.onSave(() -> sender.test(command.apply(role.getValue()), dialog::showFieldError));
        dialog.open();
    }

    // ---- fields and buttons ----------------------------------------------------------------------------------------

    private TextField text(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private static String code(TextField field) {
        return field.getValue().strip().toUpperCase(Locale.ROOT);
    }

    private Select<OrganizationKind> kindSelect(String id) {
        Select<OrganizationKind> kind = new Select<>();
        kind.setLabel(getTranslation("consortium.field.kind"));
        kind.setItems(OrganizationKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("value." + k.name()));
        kind.setId(id);
        return kind;
    }

    private Select<MemberOrigin> originSelect(String id) {
        Select<MemberOrigin> origin = new Select<>();
        origin.setLabel(getTranslation("consortium.field.origin"));
        origin.setItems(MemberOrigin.values());
        origin.setItemLabelGenerator(o -> o == null ? "" : getTranslation("consortium.origin." + o.name()));
        origin.setId(id);
        return origin;
    }

    private Select<MemberRole> roleSelect(String id) {
        Select<MemberRole> role = new Select<>();
        role.setLabel(getTranslation("consortium.field.role"));
        role.setItems(MemberRole.CORE, MemberRole.PARTICIPANT);
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("consortium.role." + r.name()));
        role.setValue(MemberRole.PARTICIPANT);
        role.setId(id);
        return role;
    }

    private Button primary(String id, String labelKey, VaadinIcon icon, Runnable action) {
        Button button = button(id, labelKey, icon, action);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Button button(String id, String labelKey, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(labelKey), icon.create(), click -> action.run());
        button.setId(id);
        return button;
    }

    private Button small(String id, String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId(id);
        return button;
    }
}
