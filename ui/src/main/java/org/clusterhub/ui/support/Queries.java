package org.clusterhub.ui.support;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Runs read-model and history queries for screens, with a time limit. */
@Component
public class Queries {

    private final QueryGateway gateway;

    public Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R one(Object query, Class<R> resultType) {
        try {
            return gateway.query(query, ResponseTypes.instanceOf(resultType)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("query failed: " + query.getClass().getSimpleName(), e);
        }
    }

    public <R> Optional<R> optional(Object query, Class<R> resultType) {
        try {
            return gateway.query(query, ResponseTypes.optionalInstanceOf(resultType)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("query failed: " + query.getClass().getSimpleName(), e);
        }
    }
}
