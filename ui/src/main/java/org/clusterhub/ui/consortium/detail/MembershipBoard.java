package org.clusterhub.ui.consortium.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.clusterhub.consortium.api.Commitment;
import org.clusterhub.consortium.api.ConsortiumMemberView;
import org.clusterhub.consortium.api.ConsortiumView;
import org.clusterhub.consortium.api.MemberOrigin;
import org.clusterhub.consortium.api.MembershipState;
import org.clusterhub.ui.support.Texts;

/**
 * The live membership board: every organization invited, applying, member or gone, with role, answer, commitment and
 * since when (Asia/Shanghai). Each row's actions come from {@code rowActions}, which knows who is looking.
 */
class MembershipBoard extends VerticalLayout {

    private final Grid<ConsortiumMemberView> grid = new Grid<>();
    private final Span summary = new Span();

    MembershipBoard(Function<ConsortiumMemberView, Component> rowActions) {
        setPadding(false);
        setSizeFull();
        summary.setId("board-summary");
        grid.setId("membership-board");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(new ComponentRenderer<>(this::organizationCell))
                .setHeader(getTranslation("consortium.board.organization")).setWidth("12rem").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::kindCell))
                .setHeader(getTranslation("consortium.board.kind")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(m -> m.role() == null ? "" : getTranslation("consortium.role." + m.role().name()))
                .setHeader(getTranslation("consortium.board.role")).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::stateCell))
                .setHeader(getTranslation("consortium.board.state")).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(m -> commitment(m.commitment())).setHeader(getTranslation("consortium.board.commitment"))
                .setWidth("13rem").setFlexGrow(3);
        grid.addColumn(m -> Texts.dateTime(this, m.since())).setHeader(getTranslation("consortium.board.since"))
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(rowActions::apply))
                .setHeader(getTranslation("consortium.board.actions")).setKey("actions").setWidth("7rem")
                .setFlexGrow(1);
        grid.setClassNameGenerator(m -> "board-" + m.state().name().toLowerCase(Locale.ROOT));
        add(summary, grid);
        setFlexGrow(1, grid);
    }

    void show(ConsortiumView consortium) {
        List<ConsortiumMemberView> members = consortium.members();
        grid.setItems(members);
        long current = members.stream().filter(m -> m.state() == MembershipState.MEMBER).count();
        long waiting = members.stream().filter(m -> m.state() == MembershipState.INVITED).count();
        long required = members.stream().filter(m -> m.requiredForFounding() && m.state() != MembershipState.WITHDRAWN)
                .count();
        long requiredAccepted = members.stream().filter(m -> m.requiredForFounding()
                && m.state() == MembershipState.MEMBER).count();
        summary.setText(getTranslation("consortium.board.summary", current, waiting, requiredAccepted, required));
    }

    private Component organizationCell(ConsortiumMemberView member) {
        Div name = new Div(new Span(member.organization()));
        name.addClassName("board-organization");
        Div code = new Div(new Span(member.creditCode()));
        code.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        return new Div(name, code);
    }

    private Component stateCell(ConsortiumMemberView member) {
        Span state = new Span(getTranslation("consortium.state." + member.state().name()));
        state.getElement().getThemeList().add("badge small " + switch (member.state()) {
            case MEMBER -> "success";
            case INVITED, APPLIED -> "contrast";
            default -> "error";
        });
        state.addClassName("board-state");
        HorizontalLayout cell = new HorizontalLayout(state);
        cell.setSpacing(false);
        cell.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (member.requiredForFounding()) {
            Span required = new Span(getTranslation("consortium.board.required"));
            required.getElement().getThemeList().add("badge small primary");
            cell.add(required);
        }
        if (member.note() != null) {
            Span note = new Span(member.note());
            note.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color",
                    "var(--lumo-secondary-text-color)");
            note.setWidthFull();
            cell.add(note);
        }
        return cell;
    }

    /** The kind of organization, and below it where it comes from. */
    private Component kindCell(ConsortiumMemberView member) {
        Div kind = new Div(new Span(member.kind() == null ? "" : getTranslation("value." + member.kind().name())));
        Div origin = new Div(new Span(origin(member)));
        origin.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        return new Div(kind, origin);
    }

    private String origin(ConsortiumMemberView member) {
        if (member.origin() == null) {
            return "";
        }
        String origin = getTranslation("consortium.origin." + member.origin().name());
        return member.origin() == MemberOrigin.OUTSIDE_REGION && member.region() != null
                ? origin + Texts.bracketed(member.region()) : origin;
    }

    private String commitment(Commitment commitment) {
        if (commitment == null) {
            return "";
        }
        if (commitment.equipment() == null && commitment.equipmentValue().signum() == 0) {
            return getTranslation("consortium.board.commitmentPeopleMoney", commitment.people(),
                    money(commitment.money()));
        }
        String equipment = commitment.equipment() == null ? "—" : commitment.equipment();
        return getTranslation("consortium.board.commitmentText", commitment.people(), equipment,
                money(commitment.equipmentValue()), money(commitment.money()));
    }

    private static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(true);
        return format.format(amount == null ? BigDecimal.ZERO : amount);
    }
}
