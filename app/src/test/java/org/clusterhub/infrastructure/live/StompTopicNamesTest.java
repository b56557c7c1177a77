package org.clusterhub.infrastructure.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StompTopicNamesTest {

    @Test
    void topicsAreEnglishPluralsInKebabCase() {
        assertThat(LiveEventBroadcaster.topicOf("Cluster", "c1")).isEqualTo("/topic/clusters/c1");
        assertThat(LiveEventBroadcaster.topicOf("Project", "p1")).isEqualTo("/topic/projects/p1");
        assertThat(LiveEventBroadcaster.topicOf("Activity", "a1")).isEqualTo("/topic/activities/a1");
        assertThat(LiveEventBroadcaster.topicOf("Consortium", "k1")).isEqualTo("/topic/consortia/k1");
        assertThat(LiveEventBroadcaster.topicOf("ZoneBatch", "b1")).isEqualTo("/topic/zone-batches/b1");
        assertThat(LiveEventBroadcaster.topicOf("FundingProgramme", "f1")).isEqualTo("/topic/funding-programmes/f1");
        assertThat(LiveEventBroadcaster.topicOf("UserAccount", "u1")).isEqualTo("/topic/user-accounts/u1");
    }
}
