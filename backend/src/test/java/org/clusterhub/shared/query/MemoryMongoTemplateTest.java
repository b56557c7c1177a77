package org.clusterhub.shared.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The part of MongoDB that projections use, answered in memory as MongoDB answers it. */
class MemoryMongoTemplateTest {

    enum Level { NATIONAL, PROVINCIAL }

    record Member(String organizationId, String name) {
    }

    @Document("things")
    static class Thing {
        @Id
        String id;
        long version;
        Level level;
        BigDecimal amount;
        Instant at;
        List<String> tags = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        Integer count;
    }

    private MemoryMongoTemplate store;

    @BeforeEach
    void store() {
        // As Spring Boot wires it: the default conversions, known to the mapping context too.
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mapping.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mapping);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        store = new MemoryMongoTemplate(converter);
    }

    private Thing thing(String id, long version, Level level, String... tags) {
        Thing thing = new Thing();
        thing.id = id;
        thing.version = version;
        thing.level = level;
        thing.amount = new BigDecimal("12.50");
        thing.at = Instant.parse("2025-01-0" + (1 + version) + "T00:00:00Z");
        thing.tags = new ArrayList<>(List.of(tags));
        return thing;
    }

    @Test
    void insertsSavesAndFindsByIdAndByQuery() {
        store.insert(thing("a", 1, Level.NATIONAL, "x", "y"));
        store.insert(thing("b", 2, Level.PROVINCIAL, "y"));
        store.save(thing("c", 3, Level.PROVINCIAL));
        assertThatThrownBy(() -> store.insert(thing("a", 5, Level.NATIONAL))).isInstanceOf(DuplicateKeyException.class);

        assertThat(store.findById("a", Thing.class).amount).isEqualByComparingTo("12.50");
        assertThat(store.findById("zz", Thing.class)).isNull();
        assertThat(store.exists(query(where("_id").is("b")), Thing.class)).isTrue();
        assertThat(store.find(query(where("level").is(Level.PROVINCIAL)), Thing.class)).extracting(t -> t.id)
                .containsExactly("b", "c");
        assertThat(store.find(query(where("tags").is("y")), Thing.class)).extracting(t -> t.id)
                .containsExactly("a", "b");
        assertThat(store.find(query(where("version").gte(2).lt(3)), Thing.class)).extracting(t -> t.id)
                .containsExactly("b");
        assertThat(store.find(query(where("_id").in("a", "c")), Thing.class)).hasSize(2);
        assertThat(store.find(query(where("at").lte(Instant.parse("2025-01-03T00:00:00Z"))), Thing.class))
                .hasSize(2);
        assertThat(store.find(query(where("count").is(null)), Thing.class)).hasSize(3);
        assertThat(store.find(query(where("level").ne(Level.NATIONAL).and("tags").regex("^Y", "i")), Thing.class))
                .extracting(t -> t.id).containsExactly("b");
        assertThat(store.find(new Query().with(Sort.by(Sort.Direction.DESC, "version")).skip(1).limit(1),
                Thing.class)).extracting(t -> t.id).containsExactly("b");
        assertThat(store.count(new Query(new org.springframework.data.mongodb.core.query.Criteria().orOperator(
                where("_id").is("a"), where("_id").is("c"))), Thing.class)).isEqualTo(2);
    }

    @Test
    void updatesInPlaceLikeMongoDb() {
        store.insert(thing("a", 1, Level.NATIONAL));
        assertThat(store.updateFirst(query(where("_id").is("a").and("version").lt(1)),
                new Update().set("level", Level.PROVINCIAL), Thing.class).getMatchedCount()).isZero();
        store.updateFirst(query(where("_id").is("a").and("version").lt(2)), new Update().set("version", 2)
                .push("members", new Member("o1", "山东大学")).push("members", new Member("o2", "潍柴"))
                .inc("count", 2).addToSet("tags", "z"), Thing.class);
        store.updateFirst(query(where("_id").is("a")), new Update().pull("members",
                query(where("organizationId").is("o1")).getQueryObject()).addToSet("tags", "z"), Thing.class);
        Thing a = store.findById("a", Thing.class);
        assertThat(a.version).isEqualTo(2);
        assertThat(a.members).containsExactly(new Member("o2", "潍柴"));
        assertThat(a.count).isEqualTo(2);
        assertThat(a.tags).containsExactly("z");

        store.upsert(query(where("_id").is("n")), new Update().set("version", 5), Thing.class);
        assertThat(store.findById("n", Thing.class).version).isEqualTo(5);
        store.updateMulti(new Query(), new Update().set("amount", new BigDecimal("1.00")), Thing.class);
        assertThat(store.findAll(Thing.class)).allMatch(t -> t.amount.compareTo(BigDecimal.ONE) == 0);
        assertThat(store.remove(query(where("_id").is("n")), Thing.class).getDeletedCount()).isOne();
    }

    @Test
    void aSnapshotComesBackUnchangedAndTheStoreReachesNothingElse() {
        store.insert(thing("a", 1, Level.NATIONAL, "x"));
        var snapshot = store.snapshot();
        store.updateFirst(query(where("_id").is("a")), new Update().push("tags", "later"), Thing.class);
        store.insert(thing("b", 2, Level.NATIONAL));
        store.restore(snapshot);
        assertThat(store.findAll(Thing.class)).singleElement().satisfies(t -> assertThat(t.tags).containsExactly("x"));
        assertThatThrownBy(() -> store.getCollection("things")).isInstanceOf(InvalidDataAccessApiUsageException.class);
        assertThatThrownBy(() -> store.find(query(where("tags").size(1)), Thing.class))
                .isInstanceOf(InvalidDataAccessApiUsageException.class).hasMessageContaining("$size");
    }
}
