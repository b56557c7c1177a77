package org.clusterhub.project.command;

import static org.clusterhub.project.command.ProjectTestData.*;

import java.util.List;
import java.util.stream.Stream;
import org.clusterhub.project.api.AddProjectToLibraryCommand;
import org.clusterhub.project.api.LibraryState;
import org.clusterhub.project.api.MoveProjectInLibraryCommand;
import org.clusterhub.project.api.ProjectEnteredLibraryEvent;
import org.clusterhub.project.api.ProjectLibraryStateChangedEvent;
import org.clusterhub.project.api.ProjectRejectedEvent;
import org.clusterhub.project.api.ProjectReturnedEvent;
import org.clusterhub.project.api.ProjectStatus;
import org.clusterhub.project.api.ProjectWithdrawnEvent;
import org.clusterhub.project.api.ReviewStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The big project library (大项目库): supplementary entries (增补), moves between reserve and implementation, exit. */
class ProjectLibraryTest extends ProjectFixtureTest {

    private static final String REASON = "列入省重点储备";

    private static ProjectLibraryStateChangedEvent moved(LibraryState from, LibraryState to) {
        return new ProjectLibraryStateChangedEvent(ID, from, to, REASON);
    }

    static Stream<List<Object>> reviewedProjects() {
        return Stream.of(recommended(), inExpertReview(), awaitingDecision(), inPublicity());
    }

    @ParameterizedTest
    @MethodSource("reviewedProjects")
    void addsAReviewedProjectAsASupplementaryEntry(List<Object> history) {
        given(history)
                .when(new AddProjectToLibraryCommand(ID, LibraryState.RESERVE, " " + REASON + " "), as(SUPERVISOR))
                .expectEvents(new ProjectEnteredLibraryEvent(ID, LibraryState.RESERVE, REASON, true));
    }

    static Stream<List<Object>> unreviewedOrFinishedProjects() {
        return Stream.of(drafted(), submitted(),
                plus(submitted(), new ProjectReturnedEvent(ID, ReviewStage.CITY_REVIEW, "退回")),
                plus(awaitingDecision(), new ProjectRejectedEvent(ID, "不符合方向")),
                plus(recommended(), new ProjectWithdrawnEvent(ID, ProjectStatus.RECOMMENDED, "撤回")));
    }

    @ParameterizedTest
    @MethodSource("unreviewedOrFinishedProjects")
    void refusesAProjectThatWasNotReviewedOrIsFinished(List<Object> history) {
        given(history)
                .when(new AddProjectToLibraryCommand(ID, LibraryState.RESERVE, REASON), as(SUPERVISOR))
                .expectException(rule("project.error.notReviewedForLibrary"))
                .expectNoEvents();
    }

    @Test
    void refusesAProjectThatIsInTheLibraryAlready() {
        given(plus(recommended(), new ProjectEnteredLibraryEvent(ID, LibraryState.RESERVE, REASON, true)))
                .when(new AddProjectToLibraryCommand(ID, LibraryState.IMPLEMENTATION, REASON), as(SUPERVISOR))
                .expectException(rule("project.error.alreadyInLibrary"))
                .expectNoEvents();
        given(inProgress())
                .when(new AddProjectToLibraryCommand(ID, LibraryState.RESERVE, REASON), as(SUPERVISOR))
                .expectException(rule("project.error.alreadyInLibrary"));
    }

    @Test
    void refusesToAddAProjectStraightIntoTheExit() {
        given(recommended())
                .when(new AddProjectToLibraryCommand(ID, LibraryState.EXITED, REASON), as(SUPERVISOR))
                .expectException(rule("project.error.libraryStateInvalid"));
    }

    @Test
    void aProjectThatLeftTheLibraryComesBack() {
        given(plus(inProgress(), moved(LibraryState.IMPLEMENTATION, LibraryState.EXITED)))
                .when(new AddProjectToLibraryCommand(ID, LibraryState.IMPLEMENTATION, REASON), as(SUPERVISOR))
                .expectEvents(new ProjectEnteredLibraryEvent(ID, LibraryState.IMPLEMENTATION, REASON, true));
    }

    @Test
    void movesBetweenReserveImplementationAndExit() {
        given(inProgress())
                .when(new MoveProjectInLibraryCommand(ID, LibraryState.RESERVE, " " + REASON + " "), as(SUPERVISOR))
                .expectEvents(moved(LibraryState.IMPLEMENTATION, LibraryState.RESERVE));
        given(plus(inProgress(), moved(LibraryState.IMPLEMENTATION, LibraryState.RESERVE)))
                .when(new MoveProjectInLibraryCommand(ID, LibraryState.IMPLEMENTATION, REASON), as(SUPERVISOR))
                .expectEvents(moved(LibraryState.RESERVE, LibraryState.IMPLEMENTATION));
        given(inProgress())
                .when(new MoveProjectInLibraryCommand(ID, LibraryState.EXITED, REASON), as(SUPERVISOR))
                .expectEvents(moved(LibraryState.IMPLEMENTATION, LibraryState.EXITED));
    }

    @Test
    void refusesAMoveThatChangesNothing() {
        given(inProgress())
                .when(new MoveProjectInLibraryCommand(ID, LibraryState.IMPLEMENTATION, REASON), as(SUPERVISOR))
                .expectException(rule("project.error.libraryStateUnchanged"))
                .expectNoEvents();
    }

    @Test
    void refusesToMoveAProjectOutsideTheLibrary() {
        given(recommended())
                .when(new MoveProjectInLibraryCommand(ID, LibraryState.IMPLEMENTATION, REASON), as(SUPERVISOR))
                .expectException(rule("project.error.notInLibrary"));
        given(plus(inProgress(), moved(LibraryState.IMPLEMENTATION, LibraryState.EXITED)))
                .when(new MoveProjectInLibraryCommand(ID, LibraryState.RESERVE, REASON), as(SUPERVISOR))
                .expectException(rule("project.error.notInLibrary"))
                .expectNoEvents();
    }
}
