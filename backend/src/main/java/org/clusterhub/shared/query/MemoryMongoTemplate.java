package org.clusterhub.shared.query;

import com.mongodb.ClientSessionOptions;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.UpdateResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.convert.UpdateMapper;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.IndexOptions;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

/**
 * A read-model store held in this JVM's memory, for rebuilding a past state with a context's own projection classes
 * (ADR 017): they take a {@link MongoTemplate}, and this one keeps their documents in maps instead of sending them to
 * MongoDB. A replay of 2,000 events over the wire took seconds; here it takes milliseconds.
 *
 * <p>It speaks the part of MongoDB that the projections use: insert, save, find by id or by query (equality, array
 * membership, {@code $eq $ne $gt $gte $lt $lte $in $nin $exists $regex $and $or $nor}, sort, skip, limit), count,
 * exists, remove, and updates ({@code $set $unset $inc $push $addToSet $pull $setOnInsert}, upserts). Documents are
 * mapped with the application's own converter, so they hold what MongoDB would hold. Anything else is refused loudly:
 * the template is wired to a database factory that throws, so that no operation can ever reach the real read models.
 */
public final class MemoryMongoTemplate extends MongoTemplate {

    private final MongoConverter converter;
    private final boolean keepTypeHints;
    private final QueryMapper queryMapper;
    private final UpdateMapper updateMapper;
    private final Map<String, Map<Object, Document>> collections = new HashMap<>();

    public MemoryMongoTemplate(MongoConverter converter) {
        this(converter, false);
    }

    /**
     * @param keepTypeHints whether saved documents keep the converter's {@code _class} hint, as MongoDB would store
     *                      them: for a read model that is written to MongoDB afterwards (ADR 019)
     */
    public MemoryMongoTemplate(MongoConverter converter, boolean keepTypeHints) {
        super(new NoDatabase(), converter);
        this.keepTypeHints = keepTypeHints;
        this.converter = converter;
        this.queryMapper = new QueryMapper(converter);
        this.updateMapper = new UpdateMapper(converter);
    }

    // ---- writes ----------------------------------------------------------------------------------------------

    @Override
    public <T> T insert(T objectToSave) {
        return insert(objectToSave, getCollectionName(objectToSave.getClass()));
    }

    @Override
    public <T> T insert(T objectToSave, String collectionName) {
        Document doc = write(objectToSave);
        Map<Object, Document> collection = collection(collectionName);
        if (collection.containsKey(doc.get("_id"))) {
            throw new DuplicateKeyException("E11000 duplicate key in " + collectionName + ": " + doc.get("_id"));
        }
        collection.put(doc.get("_id"), doc);
        return objectToSave;
    }

    @Override
    public <T> Collection<T> insert(Collection<? extends T> batchToSave, Class<?> entityClass) {
        return insert(batchToSave, getCollectionName(entityClass));
    }

    @Override
    public <T> Collection<T> insert(Collection<? extends T> batchToSave, String collectionName) {
        List<T> saved = new ArrayList<>();
        for (T item : batchToSave) {
            saved.add(insert(item, collectionName));
        }
        return saved;
    }

    @Override
    public <T> T save(T objectToSave) {
        return save(objectToSave, getCollectionName(objectToSave.getClass()));
    }

    @Override
    public <T> T save(T objectToSave, String collectionName) {
        Document doc = write(objectToSave);
        collection(collectionName).put(doc.get("_id"), doc);
        return objectToSave;
    }

    @Override
    public UpdateResult updateFirst(Query query, UpdateDefinition update, Class<?> entityClass) {
        return update(query, update, entityClass, getCollectionName(entityClass), false, false);
    }

    @Override
    public UpdateResult updateFirst(Query query, UpdateDefinition update, String collectionName) {
        return update(query, update, null, collectionName, false, false);
    }

    @Override
    public UpdateResult updateFirst(Query query, UpdateDefinition update, Class<?> entityClass,
                                    String collectionName) {
        return update(query, update, entityClass, collectionName, false, false);
    }

    @Override
    public UpdateResult updateMulti(Query query, UpdateDefinition update, Class<?> entityClass) {
        return update(query, update, entityClass, getCollectionName(entityClass), false, true);
    }

    @Override
    public UpdateResult updateMulti(Query query, UpdateDefinition update, String collectionName) {
        return update(query, update, null, collectionName, false, true);
    }

    @Override
    public UpdateResult updateMulti(Query query, UpdateDefinition update, Class<?> entityClass,
                                    String collectionName) {
        return update(query, update, entityClass, collectionName, false, true);
    }

    @Override
    public UpdateResult upsert(Query query, UpdateDefinition update, Class<?> entityClass) {
        return update(query, update, entityClass, getCollectionName(entityClass), true, false);
    }

    @Override
    public UpdateResult upsert(Query query, UpdateDefinition update, String collectionName) {
        return update(query, update, null, collectionName, true, false);
    }

    @Override
    public UpdateResult upsert(Query query, UpdateDefinition update, Class<?> entityClass, String collectionName) {
        return update(query, update, entityClass, collectionName, true, false);
    }

    @Override
    public DeleteResult remove(Object object) {
        return remove(object, getCollectionName(object.getClass()));
    }

    @Override
    public DeleteResult remove(Object object, String collectionName) {
        Document doc = write(object);
        return DeleteResult.acknowledged(collection(collectionName).remove(doc.get("_id")) == null ? 0 : 1);
    }

    @Override
    public DeleteResult remove(Query query, Class<?> entityClass) {
        return remove(query, entityClass, getCollectionName(entityClass));
    }

    @Override
    public DeleteResult remove(Query query, String collectionName) {
        return remove(query, null, collectionName);
    }

    @Override
    public DeleteResult remove(Query query, Class<?> entityClass, String collectionName) {
        Document criteria = criteria(query, entityClass);
        Iterator<Document> docs = collection(collectionName).values().iterator();
        long removed = 0;
        while (docs.hasNext()) {
            if (DocumentMatcher.matches(docs.next(), criteria)) {
                docs.remove();
                removed++;
            }
        }
        return DeleteResult.acknowledged(removed);
    }

    // ---- reads -----------------------------------------------------------------------------------------------

    @Override
    public <T> T findById(Object id, Class<T> entityClass) {
        return findById(id, entityClass, getCollectionName(entityClass));
    }

    @Override
    public <T> T findById(Object id, Class<T> entityClass, String collectionName) {
        Document doc = collection(collectionName).get(converter.convertId(id, idType(entityClass)));
        return doc == null ? null : read(entityClass, doc);
    }

    @Override
    public <T> T findOne(Query query, Class<T> entityClass) {
        return findOne(query, entityClass, getCollectionName(entityClass));
    }

    @Override
    public <T> T findOne(Query query, Class<T> entityClass, String collectionName) {
        List<T> found = find(Query.of(query).limit(1), entityClass, collectionName);
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public boolean exists(Query query, Class<?> entityClass) {
        return exists(query, entityClass, getCollectionName(entityClass));
    }

    @Override
    public boolean exists(Query query, String collectionName) {
        return exists(query, null, collectionName);
    }

    @Override
    public boolean exists(Query query, Class<?> entityClass, String collectionName) {
        Document criteria = criteria(query, entityClass);
        return collection(collectionName).values().stream().anyMatch(doc -> DocumentMatcher.matches(doc, criteria));
    }

    @Override
    public <T> List<T> find(Query query, Class<T> entityClass) {
        return find(query, entityClass, getCollectionName(entityClass));
    }

    @Override
    public <T> List<T> find(Query query, Class<T> entityClass, String collectionName) {
        if (!query.getFieldsObject().isEmpty()) {
            throw new InvalidDataAccessApiUsageException("the in-memory store does not project fields");
        }
        return select(query, entityClass, collectionName).stream().map(doc -> read(entityClass, doc)).toList();
    }

    @Override
    public <T> List<T> findAll(Class<T> entityClass) {
        return find(new Query(), entityClass);
    }

    @Override
    public <T> List<T> findAll(Class<T> entityClass, String collectionName) {
        return find(new Query(), entityClass, collectionName);
    }

    @Override
    public long count(Query query, Class<?> entityClass) {
        return count(query, entityClass, getCollectionName(entityClass));
    }

    @Override
    public long count(Query query, String collectionName) {
        return count(query, null, collectionName);
    }

    @Override
    public long count(Query query, Class<?> entityClass, String collectionName) {
        Document criteria = criteria(query, entityClass);
        return collection(collectionName).values().stream().filter(doc -> DocumentMatcher.matches(doc, criteria))
                .count();
    }

    // ---- indexes -----------------------------------------------------------------------------------------------

    /** Indexes only speed up a real database: with automatic index creation on, the template asks for them. */
    @Override
    public IndexOperations indexOps(String collectionName) {
        return NO_INDEXES;
    }

    @Override
    public IndexOperations indexOps(String collectionName, Class<?> type) {
        return NO_INDEXES;
    }

    @Override
    public IndexOperations indexOps(Class<?> entityClass) {
        return NO_INDEXES;
    }

    private static final IndexOperations NO_INDEXES = new IndexOperations() {
        @Override
        public String createIndex(IndexDefinition indexDefinition) {
            return "in-memory";
        }

        @Override
        public void alterIndex(String name, IndexOptions options) {
        }

        @Override
        public void dropIndex(String name) {
        }

        @Override
        public void dropAllIndexes() {
        }

        @Override
        public List<IndexInfo> getIndexInfo() {
            return List.of();
        }
    };

    // ---- snapshots -------------------------------------------------------------------------------------------

    /** A deep copy of every document, to come back to with {@link #restore}. */
    public Map<String, List<Document>> snapshot() {
        Map<String, List<Document>> copy = new HashMap<>();
        collections.forEach((name, docs) -> copy.put(name, docs.values().stream().map(DocumentUpdater::copy)
                .toList()));
        return copy;
    }

    /** Replaces every document with those of a {@link #snapshot}, copied again so that the snapshot stays as is. */
    public void restore(Map<String, List<Document>> snapshot) {
        collections.clear();
        snapshot.forEach((name, docs) -> {
            Map<Object, Document> collection = collection(name);
            docs.forEach(doc -> collection.put(doc.get("_id"), DocumentUpdater.copy(doc)));
        });
    }

    /** How many documents the store holds, all collections together. */
    public int size() {
        return collections.values().stream().mapToInt(Map::size).sum();
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private UpdateResult update(Query query, UpdateDefinition update, Class<?> entityClass, String collectionName,
                                boolean upsert, boolean multi) {
        Document criteria = criteria(query, entityClass);
        MongoPersistentEntity<?> entity = entity(entityClass);
        Document operations = entity == null ? update.getUpdateObject()
                : updateMapper.getMappedObject(update.getUpdateObject(), entity);
        Map<Object, Document> collection = collection(collectionName);
        long matched = 0;
        for (Document doc : sorted(query, entityClass, collection.values().stream()
                .filter(d -> DocumentMatcher.matches(d, criteria)).toList())) {
            DocumentUpdater.apply(doc, operations, false);
            matched++;
            if (!multi) {
                break;
            }
        }
        if (matched == 0 && upsert) {
            Document created = DocumentUpdater.seed(criteria);
            DocumentUpdater.apply(created, operations, true);
            if (created.get("_id") == null) {
                created.put("_id", new ObjectId());
            }
            collection.put(created.get("_id"), created);
            return UpdateResult.acknowledged(0, 0L, new BsonString(created.get("_id").toString()));
        }
        return UpdateResult.acknowledged(matched, matched, null);
    }

    private List<Document> select(Query query, Class<?> entityClass, String collectionName) {
        Document criteria = criteria(query, entityClass);
        List<Document> docs = sorted(query, entityClass, collection(collectionName).values().stream()
                .filter(doc -> DocumentMatcher.matches(doc, criteria)).toList());
        int from = (int) Math.min(docs.size(), Math.max(0, query.getSkip()));
        int to = query.getLimit() > 0 ? (int) Math.min(docs.size(), (long) from + query.getLimit()) : docs.size();
        return docs.subList(from, to);
    }

    private List<Document> sorted(Query query, Class<?> entityClass, List<Document> docs) {
        Document sort = query.getSortObject();
        if (sort.isEmpty()) {
            return docs;
        }
        MongoPersistentEntity<?> entity = entity(entityClass);
        Document mapped = entity == null ? sort : queryMapper.getMappedSort(sort, entity);
        Comparator<Document> order = null;
        for (Map.Entry<String, Object> key : mapped.entrySet()) {
            Comparator<Document> byKey = (a, b) -> DocumentMatcher.compareForSort(
                    DocumentMatcher.value(a, key.getKey()), DocumentMatcher.value(b, key.getKey()));
            if (((Number) key.getValue()).intValue() < 0) {
                byKey = byKey.reversed();
            }
            order = order == null ? byKey : order.thenComparing(byKey);
        }
        List<Document> copy = new ArrayList<>(docs);
        copy.sort(order);
        return copy;
    }

    private Document criteria(Query query, Class<?> entityClass) {
        MongoPersistentEntity<?> entity = entity(entityClass);
        return entity == null ? query.getQueryObject() : queryMapper.getMappedObject(query.getQueryObject(), entity);
    }

    private MongoPersistentEntity<?> entity(Class<?> entityClass) {
        return entityClass == null ? null : converter.getMappingContext().getPersistentEntity(entityClass);
    }

    private Class<?> idType(Class<?> entityClass) {
        MongoPersistentEntity<?> entity = entity(entityClass);
        MongoPersistentProperty id = entity == null ? null : entity.getIdProperty();
        return id == null ? String.class : id.getFieldType();
    }

    private Document write(Object entity) {
        Document doc = new Document();
        converter.write(entity, doc);
        if (doc.get("_id") == null) {
            ObjectId id = new ObjectId();
            doc.put("_id", id);
            MongoPersistentEntity<?> type = entity(entity.getClass());
            if (type != null && type.getIdProperty() != null) {
                PersistentPropertyAccessor<Object> accessor = type.getPropertyAccessor(entity);
                accessor.setProperty(type.getIdProperty(), converter.getConversionService()
                        .convert(id, type.getIdProperty().getType()));
            }
        }
        if (!keepTypeHints) {
            doc.remove("_class");
        }
        return doc;
    }

    private <T> T read(Class<T> type, Document doc) {
        return converter.read(type, DocumentUpdater.copy(doc));
    }

    private Map<Object, Document> collection(String name) {
        return collections.computeIfAbsent(name, key -> new LinkedHashMap<>());
    }

    /** Matches stored documents against mapped query documents, as MongoDB does for the operators listed above. */
    static final class DocumentMatcher {

        private DocumentMatcher() {
        }

        static boolean matches(Document doc, Document criteria) {
            for (Map.Entry<String, Object> entry : criteria.entrySet()) {
                String key = entry.getKey();
                Object condition = entry.getValue();
                boolean ok = switch (key) {
                    case "$and" -> list(condition).stream().allMatch(c -> matches(doc, (Document) c));
                    case "$or" -> list(condition).stream().anyMatch(c -> matches(doc, (Document) c));
                    case "$nor" -> list(condition).stream().noneMatch(c -> matches(doc, (Document) c));
                    default -> {
                        if (key.startsWith("$")) {
                            throw unsupported(key);
                        }
                        yield matchesValue(values(doc, key), condition);
                    }
                };
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the value(s) found at a path satisfy a condition: a plain value, a pattern or operators. */
        static boolean matchesValue(List<Object> found, Object condition) {
            if (condition instanceof Pattern pattern) {
                return candidates(found).stream().anyMatch(v -> v instanceof String s && pattern.matcher(s).find());
            }
            if (condition instanceof Document operators && !operators.isEmpty()
                    && operators.keySet().iterator().next().startsWith("$")) {
                for (Map.Entry<String, Object> op : operators.entrySet()) {
                    if (!operator(found, op.getKey(), op.getValue(), operators)) {
                        return false;
                    }
                }
                return true;
            }
            return equalsAny(found, condition);
        }

        private static boolean operator(List<Object> found, String op, Object operand, Document operators) {
            List<Object> values = candidates(found);
            return switch (op) {
                case "$eq" -> equalsAny(found, operand);
                case "$ne" -> !equalsAny(found, operand);
                case "$gt" -> values.stream().anyMatch(v -> comparable(v, operand) && compare(v, operand) > 0);
                case "$gte" -> values.stream().anyMatch(v -> comparable(v, operand) && compare(v, operand) >= 0);
                case "$lt" -> values.stream().anyMatch(v -> comparable(v, operand) && compare(v, operand) < 0);
                case "$lte" -> values.stream().anyMatch(v -> comparable(v, operand) && compare(v, operand) <= 0);
                case "$in" -> list(operand).stream().anyMatch(item -> equalsAny(found, item));
                case "$nin" -> list(operand).stream().noneMatch(item -> equalsAny(found, item));
                case "$exists" -> Boolean.TRUE.equals(operand) == !found.isEmpty();
                case "$regex" -> {
                    Object options = operators.get("$options");
                    Pattern pattern = operand instanceof Pattern p ? p : Pattern.compile(operand.toString(),
                            options != null && options.toString().contains("i") ? Pattern.CASE_INSENSITIVE : 0);
                    yield values.stream().anyMatch(v -> v instanceof String s && pattern.matcher(s).find());
                }
                case "$options" -> true;
                default -> throw unsupported(op);
            };
        }

        private static boolean equalsAny(List<Object> found, Object expected) {
            if (found.isEmpty()) {
                return expected == null;
            }
            for (Object value : found) {
                if (same(value, expected)) {
                    return true;
                }
                if (value instanceof List<?> items && items.stream().anyMatch(item -> same(item, expected))) {
                    return true;
                }
            }
            return false;
        }

        /** The values at a path, the elements of arrays flattened one level (MongoDB's array membership). */
        private static List<Object> candidates(List<Object> found) {
            List<Object> all = new ArrayList<>();
            for (Object value : found) {
                if (value instanceof List<?> items) {
                    all.addAll(items);
                } else {
                    all.add(value);
                }
            }
            return all;
        }

        /** Every value at a dotted path; a path through an array looks into each element. Missing: none. */
        static List<Object> values(Object node, String path) {
            List<Object> out = new ArrayList<>();
            collect(node, path.split("\\."), 0, out);
            return out;
        }

        private static void collect(Object node, String[] parts, int index, List<Object> out) {
            if (index == parts.length) {
                out.add(node);
                return;
            }
            if (node instanceof Document doc) {
                if (doc.containsKey(parts[index])) {
                    collect(doc.get(parts[index]), parts, index + 1, out);
                }
            } else if (node instanceof List<?> items) {
                if (parts[index].chars().allMatch(Character::isDigit)) {
                    int at = Integer.parseInt(parts[index]);
                    if (at < items.size()) {
                        collect(items.get(at), parts, index + 1, out);
                    }
                } else {
                    for (Object item : items) {
                        collect(item, parts, index, out);
                    }
                }
            }
        }

        static Object value(Document doc, String path) {
            List<Object> found = values(doc, path);
            return found.isEmpty() ? null : found.get(0);
        }

        static boolean same(Object a, Object b) {
            if (a instanceof Number x && b instanceof Number y) {
                return decimal(x).compareTo(decimal(y)) == 0;
            }
            return Objects.equals(a, b);
        }

        private static boolean comparable(Object a, Object b) {
            return a instanceof Number && b instanceof Number || a instanceof String && b instanceof String
                    || a instanceof Date && b instanceof Date || a instanceof Boolean && b instanceof Boolean;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        static int compare(Object a, Object b) {
            if (a instanceof Number x && b instanceof Number y) {
                return decimal(x).compareTo(decimal(y));
            }
            return ((Comparable) a).compareTo(b);
        }

        /** MongoDB's sort: missing and null first, then numbers, strings, dates, booleans by their own order. */
        static int compareForSort(Object a, Object b) {
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : -1) : 1;
            }
            if (comparable(a, b)) {
                return compare(a, b);
            }
            return Integer.compare(rank(a), rank(b));
        }

        private static int rank(Object value) {
            if (value instanceof Number) {
                return 1;
            }
            if (value instanceof String) {
                return 2;
            }
            if (value instanceof Document) {
                return 3;
            }
            if (value instanceof List) {
                return 4;
            }
            if (value instanceof Boolean) {
                return 6;
            }
            return value instanceof Date ? 7 : 5;
        }

        static BigDecimal decimal(Number number) {
            if (number instanceof BigDecimal d) {
                return d;
            }
            if (number instanceof Decimal128 d) {
                return d.bigDecimalValue();
            }
            if (number instanceof Double || number instanceof Float) {
                return BigDecimal.valueOf(number.doubleValue());
            }
            return BigDecimal.valueOf(number.longValue());
        }

        static List<?> list(Object value) {
            if (value instanceof List<?> items) {
                return items;
            }
            if (value instanceof Collection<?> items) {
                return List.copyOf(items);
            }
            throw new InvalidDataAccessApiUsageException("expected a list, got " + value);
        }
    }

    /** Applies MongoDB update operators to a stored document, in place. */
    static final class DocumentUpdater {

        private DocumentUpdater() {
        }

        static void apply(Document doc, Document operations, boolean inserting) {
            for (Map.Entry<String, Object> operation : operations.entrySet()) {
                String op = operation.getKey();
                if (!op.startsWith("$")) {
                    throw new InvalidDataAccessApiUsageException("replacement updates are not supported: " + op);
                }
                Document fields = (Document) operation.getValue();
                for (Map.Entry<String, Object> field : fields.entrySet()) {
                    String path = field.getKey();
                    Object value = field.getValue();
                    switch (op) {
                        case "$set" -> set(doc, path, copy(value));
                        case "$setOnInsert" -> {
                            if (inserting) {
                                set(doc, path, copy(value));
                            }
                        }
                        case "$unset" -> unset(doc, path);
                        case "$inc" -> {
                            Object current = DocumentMatcher.value(doc, path);
                            set(doc, path, add((Number) (current == null ? 0 : current), (Number) value));
                        }
                        case "$push" -> each(value).forEach(item -> array(doc, path).add(copy(item)));
                        case "$addToSet" -> each(value).forEach(item -> {
                            List<Object> array = array(doc, path);
                            if (array.stream().noneMatch(existing -> DocumentMatcher.same(existing, item))) {
                                array.add(copy(item));
                            }
                        });
                        case "$pull" -> array(doc, path).removeIf(item -> pulls(item, value));
                        default -> throw unsupported(op);
                    }
                }
            }
        }

        /** A new document holding the equality conditions of a query, as MongoDB seeds an upsert. */
        static Document seed(Document criteria) {
            Document doc = new Document();
            criteria.forEach((key, value) -> {
                if (!key.startsWith("$") && !(value instanceof Document operators && !operators.isEmpty()
                        && operators.keySet().iterator().next().startsWith("$")) && !(value instanceof Pattern)) {
                    set(doc, key, copy(value));
                }
            });
            return doc;
        }

        private static boolean pulls(Object item, Object condition) {
            if (condition instanceof Document query && !query.isEmpty()) {
                boolean operators = query.keySet().iterator().next().startsWith("$");
                if (operators) {
                    return DocumentMatcher.matchesValue(List.of(item), query);
                }
                return item instanceof Document element && DocumentMatcher.matches(element, query);
            }
            return DocumentMatcher.same(item, condition);
        }

        private static List<Object> each(Object value) {
            if (value instanceof Document modifiers && modifiers.containsKey("$each")) {
                if (modifiers.size() > 1) {
                    throw unsupported(String.join(",", modifiers.keySet()));
                }
                return new ArrayList<>(DocumentMatcher.list(modifiers.get("$each")));
            }
            List<Object> single = new ArrayList<>();
            single.add(value);
            return single;
        }

        @SuppressWarnings("unchecked")
        private static List<Object> array(Document doc, String path) {
            Object current = DocumentMatcher.value(doc, path);
            if (current == null) {
                List<Object> created = new ArrayList<>();
                set(doc, path, created);
                return created;
            }
            if (!(current instanceof List)) {
                throw new InvalidDataAccessApiUsageException(path + " is not an array");
            }
            if (!(current instanceof ArrayList)) {
                List<Object> mutable = new ArrayList<>((List<Object>) current);
                set(doc, path, mutable);
                return mutable;
            }
            return (List<Object>) current;
        }

        private static void set(Document doc, String path, Object value) {
            String[] parts = path.split("\\.");
            Document node = doc;
            for (int i = 0; i < parts.length - 1; i++) {
                Object next = node.get(parts[i]);
                if (!(next instanceof Document)) {
                    next = new Document();
                    node.put(parts[i], next);
                }
                node = (Document) next;
            }
            node.put(parts[parts.length - 1], value);
        }

        private static void unset(Document doc, String path) {
            String[] parts = path.split("\\.");
            Document node = doc;
            for (int i = 0; i < parts.length - 1; i++) {
                if (!(node.get(parts[i]) instanceof Document next)) {
                    return;
                }
                node = next;
            }
            node.remove(parts[parts.length - 1]);
        }

        private static Number add(Number a, Number b) {
            if (a instanceof Integer && b instanceof Integer) {
                return a.intValue() + b.intValue();
            }
            if ((a instanceof Integer || a instanceof Long) && (b instanceof Integer || b instanceof Long)) {
                return a.longValue() + b.longValue();
            }
            if (a instanceof Decimal128 || b instanceof Decimal128) {
                return new Decimal128(DocumentMatcher.decimal(a).add(DocumentMatcher.decimal(b)));
            }
            return a.doubleValue() + b.doubleValue();
        }

        /** A deep copy of documents and lists; other values (strings, numbers, dates) are immutable. */
        @SuppressWarnings("unchecked")
        static <T> T copy(T value) {
            if (value instanceof Document doc) {
                Document copy = new Document();
                doc.forEach((key, item) -> copy.put(key, copy(item)));
                return (T) copy;
            }
            if (value instanceof List<?> items) {
                List<Object> copy = new ArrayList<>(items.size());
                items.forEach(item -> copy.add(copy(item)));
                return (T) copy;
            }
            if (value instanceof Map<?, ?> map) {
                Document copy = new Document();
                map.forEach((key, item) -> copy.put(key.toString(), copy(item)));
                return (T) copy;
            }
            return value;
        }
    }

    private static InvalidDataAccessApiUsageException unsupported(String operator) {
        return new InvalidDataAccessApiUsageException("the in-memory read-model store does not support " + operator
                + " (see MemoryMongoTemplate)");
    }

    /** The database this template never uses: any operation it does not answer in memory fails here. */
    private static final class NoDatabase implements MongoDatabaseFactory {

        @Override
        public MongoDatabase getMongoDatabase() throws DataAccessException {
            throw unsupported("this operation");
        }

        @Override
        public MongoDatabase getMongoDatabase(String dbName) throws DataAccessException {
            throw unsupported("this operation");
        }

        @Override
        public PersistenceExceptionTranslator getExceptionTranslator() {
            return ex -> null;
        }

        @Override
        public CodecRegistry getCodecRegistry() {
            return MongoClientSettings.getDefaultCodecRegistry();
        }

        @Override
        public ClientSession getSession(ClientSessionOptions options) {
            throw unsupported("sessions");
        }

        @Override
        public MongoDatabaseFactory withSession(ClientSession session) {
            throw unsupported("sessions");
        }
    }
}
