package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.shared.Presence;
import org.clusterhub.ui.support.Texts;

/**
 * Who has this project open right now, on any node: an avatar each, and in words their organization, city and the
 * part they are editing. Two tabs of one person count once (the part of whichever tab is editing).
 */
final class PresenceBar extends HorizontalLayout {

    private final AvatarGroup avatars = new AvatarGroup();
    private final Div people = new Div();
    private final String myUserId;
    private List<Presence.Present> present = List.of();

    PresenceBar(String myUserId) {
        this.myUserId = myUserId;
        setId("presence-bar");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setSpacing(true);
        avatars.setId("presence-avatars");
        avatars.setMaxItemsVisible(8);
        people.setId("presence-people");
        people.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-m)");
        Span label = new Span(getTranslation("project.editor.presence.label"));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap");
        // The avatar group takes the whole width unless told otherwise; the names belong right next to it.
        avatars.getStyle().set("flex", "none");
        add(label, avatars, people);
    }

    /** Call inside {@code UI.access}. */
    void show(List<Presence.Present> now, ProjectView project) {
        present = now;
        render(project);
    }

    /** Re-renders with the project's current names for parts (a budget line's item may have changed). */
    void render(ProjectView project) {
        Map<String, Presence.Present> byPerson = new LinkedHashMap<>();
        for (Presence.Present p : present) {
            byPerson.merge(p.userId(), p, (a, b) -> a.editingPart() != null ? a : b);
        }
        List<AvatarGroup.AvatarGroupItem> items = new ArrayList<>();
        people.removeAll();
        for (Presence.Present p : byPerson.values()) {
            AvatarGroup.AvatarGroupItem item = new AvatarGroup.AvatarGroupItem(p.displayName());
            item.setColorIndex(Math.floorMod(p.userId().hashCode(), 7));
            items.add(item);
            people.add(entry(p, project));
        }
        avatars.setItems(items);
        avatars.setWidth("calc(" + Math.min(items.size(), 8) + " * var(--lumo-size-m) * 0.8 + var(--lumo-space-m))");
        setVisible(!byPerson.isEmpty());
    }

    private Span entry(Presence.Present p, ProjectView project) {
        String where = p.city() == null ? nullToEmpty(p.organization())
                : getTranslation("project.editor.presence.where", nullToEmpty(p.organization()), Texts.city(this, p.city()));
        String name = p.userId().equals(myUserId) ? getTranslation("project.editor.presence.me", p.displayName())
                : p.displayName();
        String text = name + Texts.bracketed(where);
        if (p.editingPart() != null) {
            text += " · " + getTranslation("project.editor.presence.editing",
                    ChangeTexts.partName(this, project, p.editingPart()));
        }
        Span entry = new Span(text);
        entry.addClassName("presence-entry");
        entry.getElement().setAttribute("data-user", p.userId());
        return entry;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
