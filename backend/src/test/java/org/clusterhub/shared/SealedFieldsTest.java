package org.clusterhub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.clusterhub.project.api.CriterionScore;
import org.clusterhub.project.api.ExpertConflictDeclaredEvent;
import org.clusterhub.project.api.ExpertScoresLockedEvent;
import org.clusterhub.project.api.ProjectId;
import org.junit.jupiter.api.Test;

class SealedFieldsTest {

    static final ProjectId PROJECT = ProjectId.create();
    static final ExpertScoresLockedEvent LOCKED = new ExpertScoresLockedEvent(PROJECT, "expert01",
            List.of(new CriterionScore("technology", 88)), "建议加强验证");

    @Test
    void sealedComponentsReadAsMaskedInTheFields() {
        assertThat(SealedFields.fields(new ObjectMapper(), LOCKED))
                .containsEntry("projectId", PROJECT.toString())
                .containsEntry("expert", "expert01")
                .containsEntry("scores", SealedFields.MASK)
                .containsEntry("comment", SealedFields.MASK);
    }

    @Test
    void aMaskedCopyKeepsItsTypeAndLosesOnlyWhatIsSealed() {
        ExpertScoresLockedEvent masked = SealedFields.masked(LOCKED);
        assertThat(masked.projectId()).isEqualTo(PROJECT);
        assertThat(masked.expert()).isEqualTo("expert01");
        assertThat(masked.scores()).isNull();
        assertThat(masked.comment()).isNull();
    }

    @Test
    void payloadsWithoutSealedFieldsPassUnchanged() {
        ExpertConflictDeclaredEvent declared = new ExpertConflictDeclaredEvent(PROJECT, "expert01", false, null);
        assertThat(SealedFields.hasSealed(ExpertConflictDeclaredEvent.class)).isFalse();
        assertThat(SealedFields.hasSealed(ExpertScoresLockedEvent.class)).isTrue();
        assertThat(SealedFields.masked(declared)).isSameAs(declared);
        assertThat(SealedFields.fields(new ObjectMapper(), declared)).containsEntry("conflicted", false);
    }
}
