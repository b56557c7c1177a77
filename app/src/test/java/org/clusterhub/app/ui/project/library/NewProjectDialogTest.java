package org.clusterhub.app.ui.project.library;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.clusterhub.app.IntegrationTest;
import org.clusterhub.app.ui.KaribuViewTest;
import org.clusterhub.cluster.api.ClusterId;
import org.clusterhub.cluster.api.ClusterSummary;
import org.clusterhub.project.api.ProjectDraftedEvent;
import org.clusterhub.project.api.ProjectKind;
import org.clusterhub.project.api.ProjectPage;
import org.clusterhub.shared.City;
import org.clusterhub.shared.MetaDataKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class NewProjectDialogTest extends KaribuViewTest {

    static final ClusterId ALUMINIUM = ClusterId.forPlanCode("binzhou-lightweight-aluminum-new-materials");

    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queryGateway;

    @Test
    @SuppressWarnings("unchecked")
    void staffDraftAProjectOfTheirClusterAndLandOnIt() {
        openAs("staff10", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("projects");
        _click(_get(Button.class, spec -> spec.withId("new-project")));

        ComboBox<ClusterSummary> cluster = _get(ComboBox.class, spec -> spec.withId("new-project-cluster"));
        assertThat(cluster.getValue().clusterId()).isEqualTo(ALUMINIUM);
        assertThat(cluster.isReadOnly()).isTrue();
        ComboBox<String> lead = _get(ComboBox.class, spec -> spec.withId("new-project-lead"));
        String ownOrganization = lead.getValue();
        assertThat(ownOrganization).isNotBlank();
        assertThat(((ComboBox<City>) _get(ComboBox.class, spec -> spec.withId("new-project-city"))).getValue())
                .isEqualTo(City.BINZHOU);

        String title = "铝合金轻量化公共检测平台 " + System.nanoTime();
        ((Select<ProjectKind>) _get(Select.class, spec -> spec.withId("new-project-kind")))
                .setValue(ProjectKind.PUBLIC_SERVICE_PLATFORM);
        _get(TextField.class, spec -> spec.withId("new-project-title")).setValue(title);
        _get(TextField.class, spec -> spec.withId("new-project-person")).setValue("李工");
        _click(_get(Button.class, spec -> spec.withId("new-project-save")));

        // The draft went through the real command bus as staff10.
        ProjectPage found = new ProjectTestCommands(commandGateway, queryGateway, users)
                .awaitLibrary("staff10", ProjectTestCommands.text(title), 1);
        String projectId = found.items().get(0).projectId().toString();
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(projectId).asStream().toList();
        assertThat(events.get(0).getPayload()).isInstanceOfSatisfying(ProjectDraftedEvent.class, drafted -> {
            assertThat(drafted.title()).isEqualTo(title);
            assertThat(drafted.clusterId()).isEqualTo(ALUMINIUM);
            assertThat(drafted.kind()).isEqualTo(ProjectKind.PUBLIC_SERVICE_PLATFORM);
            assertThat(drafted.leadOrganization()).isEqualTo(ownOrganization);
            assertThat(drafted.city()).isEqualTo(City.BINZHOU);
            assertThat(drafted.personInCharge()).isEqualTo("李工");
        });
        assertThat(events.get(0).getMetaData().get(MetaDataKeys.USERNAME)).isEqualTo("staff10");
        // ... and the person lands on the new project's page (the editor's route, projects/<id>).
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("projects/" + projectId);
    }

    @Test
    void invalidInputIsShownOnItsFieldsAndNothingIsDrafted() {
        openAs("staff10", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("projects");
        _click(_get(Button.class, spec -> spec.withId("new-project")));
        _get(TextField.class, spec -> spec.withId("new-project-title")).setValue("短");
        _get(IntegerField.class, spec -> spec.withId("new-project-end")).setValue(2020);
        _click(_get(Button.class, spec -> spec.withId("new-project-save")));

        TextField title = _get(TextField.class, spec -> spec.withId("new-project-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("长度或数量超出允许范围");
        Select<?> kind = _get(Select.class, spec -> spec.withId("new-project-kind"));
        assertThat(kind.isInvalid()).isTrue();
        assertThat(kind.getErrorMessage()).isEqualTo("必填");
        assertThat(_get(TextField.class, spec -> spec.withId("new-project-person")).isInvalid()).isTrue();
        assertThat(_get(IntegerField.class, spec -> spec.withId("new-project-end")).getErrorMessage())
                .isEqualTo("数值过小");
        // Still on the library, with the dialog open for corrections.
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("projects");
        assertThat(_find(Button.class, spec -> spec.withId("new-project-save"))).hasSize(1);
    }

    @Test
    void endBeforeStartIsRefusedByTheProjectOnTheEndYear() {
        openAs("staff10", Locale.ENGLISH);
        UI.getCurrent().navigate("projects");
        _click(_get(Button.class, spec -> spec.withId("new-project")));
        ((Select<ProjectKind>) _get(Select.class, spec -> spec.withId("new-project-kind")))
                .setValue(ProjectKind.PUBLIC_ENTITY);
        _get(TextField.class, spec -> spec.withId("new-project-title")).setValue("Aluminium test centre");
        _get(TextField.class, spec -> spec.withId("new-project-person")).setValue("Li Gong");
        _get(IntegerField.class, spec -> spec.withId("new-project-start")).setValue(2030);
        _get(IntegerField.class, spec -> spec.withId("new-project-end")).setValue(2029);
        _click(_get(Button.class, spec -> spec.withId("new-project-save")));

        IntegerField end = _get(IntegerField.class, spec -> spec.withId("new-project-end"));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The end year cannot be before the start year.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("projects");
    }

    @Test
    void onlyPromotionStaffSeeTheButton() {
        for (String username : List.of("supervisor", "coord-binzhou", "member-weichai")) {
            openAs(username, Locale.SIMPLIFIED_CHINESE);
            UI.getCurrent().navigate("projects");
            assertThat(_find(Button.class, spec -> spec.withId("new-project"))).as(username).isEmpty();
            signOut();
        }
    }
}
