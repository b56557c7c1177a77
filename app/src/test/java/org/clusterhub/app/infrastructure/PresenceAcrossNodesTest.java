package org.clusterhub.app.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.bson.Document;
import org.clusterhub.infrastructure.presence.MongoPresence;
import org.clusterhub.shared.Actor;
import org.clusterhub.shared.City;
import org.clusterhub.shared.Presence;
import org.clusterhub.shared.Presence.Present;
import org.clusterhub.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' presence services, each with its own MongoDB client, on one embedded MongoDB-wire server (as two app
 * nodes share one MongoDB): each sees the other's joins, edits and leaves; a node that loses its connection, as a
 * crashed one would, drops out of the others' lists once its entries expire.
 */
class PresenceAcrossNodesTest {

    static final Duration HEARTBEAT = Duration.ofMillis(300);
    static final Duration EXPIRY = Duration.ofMillis(1500);
    /** The production poll interval (application.yml). */
    static final Duration POLL = Duration.ofMillis(500);

    static final Actor WANG = member("wang", "王济南", City.JINAN, "济南某研究院");
    static final Actor LI = member("li", "李青岛", City.QINGDAO, "青岛某公司");

    MongoServer server;
    String uri;
    final List<AutoCloseable> closeables = new ArrayList<>();
    String resource;

    @BeforeEach
    void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        uri = "mongodb://127.0.0.1:" + address.getPort();
        resource = "project:" + UUID.randomUUID();
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
        server.shutdownNow();
    }

    @Test
    void eachNodeSeesTheOthersJoinEditAndLeave() {
        MongoPresence nodeA = node("node-a");
        MongoPresence nodeB = node("node-b");
        Recorder onA = new Recorder();
        Recorder onB = new Recorder();

        Presence.Handle wang = nodeA.join(resource, WANG, onA);
        onA.await("Wang sees himself", list -> users(list).equals(List.of("wang")));
        Instant liJoined = Instant.now();
        Presence.Handle li = nodeB.join(resource, LI, onB);

        Present seen = onA.await("Wang sees Li", list -> users(list).equals(List.of("wang", "li"))).get(1);
        Duration latency = Duration.between(liJoined, onA.lastAt());
        System.out.println("another node's join seen after " + latency.toMillis() + " ms (poll " + POLL + ")");
        assertThat(latency).isLessThan(Duration.ofSeconds(2));
        assertThat(seen.displayName()).isEqualTo("李青岛");
        assertThat(seen.organization()).isEqualTo("青岛某公司");
        assertThat(seen.city()).isEqualTo(City.QINGDAO);
        assertThat(seen.editingPart()).isNull();
        onB.await("Li sees Wang", list -> users(list).equals(List.of("wang", "li")));

        li.editing("section:AIMS");
        onA.await("Wang sees Li editing the aims",
                list -> list.size() == 2 && "section:AIMS".equals(list.get(1).editingPart()));
        wang.editing("budget:line-1");
        onB.await("Li sees Wang on a budget line",
                list -> list.size() == 2 && "budget:line-1".equals(list.get(0).editingPart()));
        wang.editing(null);
        onB.await("Li sees Wang only viewing", list -> list.size() == 2 && list.get(0).editingPart() == null);

        li.close();
        onA.await("Wang sees Li leave", list -> users(list).equals(List.of("wang")));
        int beforeQuiet = onA.count();
        sleep(HEARTBEAT.multipliedBy(4));
        assertThat(onA.count()).as("no news while nothing changes, heartbeats included").isEqualTo(beforeQuiet);
        assertThat(collection().countDocuments()).isEqualTo(1);
    }

    @Test
    void twoTabsOfOnePersonAreTwoEntriesAndOtherResourcesStayQuiet() {
        MongoPresence nodeA = node("node-a");
        MongoPresence nodeB = node("node-b");
        Recorder tab1 = new Recorder();
        Recorder elsewhere = new Recorder();

        nodeA.join(resource, WANG, tab1);
        nodeB.join("project:" + UUID.randomUUID(), LI, elsewhere);
        Presence.Handle tab2 = nodeB.join(resource, WANG, list -> { });

        List<Present> both = tab1.await("both tabs", list -> list.size() == 2);
        assertThat(users(both)).containsExactly("wang", "wang");
        assertThat(both.get(0).sessionId()).isNotEqualTo(both.get(1).sessionId());
        tab2.close();
        tab1.await("one tab left", list -> list.size() == 1);
        assertThat(elsewhere.all()).allSatisfy(list -> assertThat(users(list)).containsExactly("li"));
    }

    @Test
    void theEntriesOfANodeThatLostItsConnectionExpire() {
        MongoPresence nodeA = node("node-a");
        MongoClient clientB = MongoClients.create(uri);
        MongoPresence nodeB = new MongoPresence(clientB.getDatabase("clusterhub").getCollection("presence"),
                "node-b", HEARTBEAT, EXPIRY, POLL, Clock.systemUTC());
        closeables.add(nodeB);
        Recorder onA = new Recorder();
        nodeA.join(resource, WANG, onA);
        nodeB.join(resource, LI, list -> { });
        // Joined in the same millisecond or not: the order of two joins this close is not the point here.
        onA.await("Li joined", list -> Set.copyOf(users(list)).equals(Set.of("wang", "li")));

        // Node B can no longer reach MongoDB: it neither renews nor removes its entry.
        Instant cutOff = Instant.now();
        clientB.close();

        onA.await("Li's entry expired", list -> users(list).equals(List.of("wang")));
        Duration gone = Duration.between(cutOff, onA.lastAt());
        System.out.println("a lost node's entry dropped out after " + gone.toMillis() + " ms (expiry " + EXPIRY + ")");
        assertThat(gone).isGreaterThan(EXPIRY.minus(HEARTBEAT).minusMillis(100))
                .isLessThan(EXPIRY.plus(POLL).plusSeconds(1));
        // A living node also removes the stale document, which mongo-java-server's ignored TTL index would not.
        Nodes.await(Duration.ofSeconds(5), "the stale entry removed",
                () -> collection().countDocuments(new Document("userId", "li")) == 0);
    }

    private MongoPresence node(String name) {
        MongoClient client = MongoClients.create(uri);
        MongoPresence presence = new MongoPresence(client.getDatabase("clusterhub").getCollection("presence"), name,
                HEARTBEAT, EXPIRY, POLL, Clock.systemUTC());
        closeables.add(client);
        closeables.add(presence);
        return presence;
    }

    private MongoCollection<Document> collection() {
        MongoClient client = MongoClients.create(uri);
        closeables.add(client);
        return client.getDatabase("clusterhub").getCollection("presence");
    }

    private static List<String> users(List<Present> list) {
        return list.stream().map(Present::userId).toList();
    }

    private static Actor member(String username, String name, City city, String organization) {
        return new Actor(username, username, name, Role.MEMBER, Set.of(), city, organization);
    }

    private static void sleep(Duration duration) {
        DeadlineRestartTest.sleep(duration);
    }

    /** What one screen was told, and when. */
    static final class Recorder implements Consumer<List<Present>> {
        private final List<List<Present>> lists = new CopyOnWriteArrayList<>();
        private volatile Instant lastAt;

        @Override
        public void accept(List<Present> present) {
            lastAt = Instant.now();
            lists.add(present);
        }

        List<Present> await(String what, Predicate<List<Present>> condition) {
            Nodes.await(Duration.ofSeconds(5), what, () -> !lists.isEmpty() && condition.test(last()));
            return last();
        }

        List<Present> last() {
            return lists.get(lists.size() - 1);
        }

        List<List<Present>> all() {
            return List.copyOf(lists);
        }

        int count() {
            return lists.size();
        }

        Instant lastAt() {
            return lastAt;
        }
    }
}
