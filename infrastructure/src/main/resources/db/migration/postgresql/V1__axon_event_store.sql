-- Axon's JDBC event store, token store and saga store on PostgreSQL (production, several nodes, CI).
-- Same shape as Axon's PostgresEventTableFactory / PostgresTokenTableFactory (bytea, BIGSERIAL).
CREATE TABLE domainevententry (
    globalIndex         BIGSERIAL    NOT NULL,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    eventIdentifier     VARCHAR(255) NOT NULL,
    metaData            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadRevision     VARCHAR(255),
    payloadType         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (globalIndex),
    CONSTRAINT uk_domainevent_aggregate_sequence UNIQUE (aggregateIdentifier, sequenceNumber),
    CONSTRAINT uk_domainevent_identifier UNIQUE (eventIdentifier)
);

CREATE TABLE snapshotevententry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventIdentifier     VARCHAR(255) NOT NULL,
    metaData            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadRevision     VARCHAR(255),
    payloadType         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateIdentifier, sequenceNumber),
    CONSTRAINT uk_snapshot_identifier UNIQUE (eventIdentifier)
);

CREATE TABLE tokenentry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);

CREATE TABLE sagaentry (
    sagaId         VARCHAR(255) NOT NULL,
    revision       VARCHAR(255),
    sagaType       VARCHAR(255),
    serializedSaga BYTEA,
    PRIMARY KEY (sagaId)
);

CREATE TABLE associationvalueentry (
    id               BIGSERIAL    NOT NULL,
    associationKey   VARCHAR(255) NOT NULL,
    associationValue VARCHAR(255),
    sagaType         VARCHAR(255) NOT NULL,
    sagaId           VARCHAR(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_association_type_value ON associationvalueentry (sagaType, associationKey, associationValue);
CREATE INDEX ix_association_saga ON associationvalueentry (sagaId, sagaType);
