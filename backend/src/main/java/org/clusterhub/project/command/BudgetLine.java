package org.clusterhub.project.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.math.BigDecimal;
import java.util.Objects;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.clusterhub.project.api.BudgetLineRevisedEvent;
import org.clusterhub.project.api.ExpenditureRecordedEvent;
import org.clusterhub.project.api.FundingSource;
import org.clusterhub.shared.DomainRuleViolation;

/**
 * One budget line of a project: what it plans, what was approved (立项, or by a later approved change) and what has
 * been spent. Spending never goes beyond the approved amount.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class BudgetLine {

    @EntityId
    private String lineId;
    private String item;
    private FundingSource source;
    private BigDecimal amount;
    private BigDecimal approvedAmount;
    private BigDecimal spent = BigDecimal.ZERO;

    /** For snapshots. */
    BudgetLine() {
    }

    BudgetLine(String lineId, String item, FundingSource source, BigDecimal amount) {
        this.lineId = lineId;
        this.item = item;
        this.source = source;
        this.amount = amount;
    }

    String lineId() {
        return lineId;
    }

    String item() {
        return item;
    }

    FundingSource source() {
        return source;
    }

    BigDecimal amount() {
        return amount;
    }

    BigDecimal spent() {
        return spent;
    }

    /** The total after spending {@code more}; refused beyond the approved amount. */
    BigDecimal spentAfter(BigDecimal more) {
        BigDecimal after = spent.add(more);
        if (approvedAmount == null || after.compareTo(approvedAmount) > 0) {
            throw new DomainRuleViolation("project.error.overspent", "amount", item,
                    approvedAmount == null ? BigDecimal.ZERO : approvedAmount, spent);
        }
        return after;
    }

    void approve() {
        approvedAmount = amount;
    }

    @EventSourcingHandler
    void on(BudgetLineRevisedEvent event) {
        if (lineId.equals(event.lineId())) {
            item = event.item();
            source = event.source();
            amount = event.amount();
        }
    }

    @EventSourcingHandler
    void on(ExpenditureRecordedEvent event) {
        if (lineId.equals(event.lineId())) {
            spent = event.spentOnLine();
        }
    }

    /**
     * Called by the project's handler of an approved budget change: that event names no single line, so Axon's
     * matching-instance forwarding never delivers it to a line.
     */
    void changeApproved(BigDecimal newAmount) {
        amount = newAmount;
        approvedAmount = newAmount;
    }

    /**
     * Value equality, because state is compared by value: Axon's test fixture checks that the state a command left
     * equals the state its events rebuild, and a restored snapshot must equal the aggregate it was taken from.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetLine other
                && Objects.equals(lineId, other.lineId)
                && Objects.equals(item, other.item)
                && Objects.equals(source, other.source)
                && Objects.equals(amount, other.amount)
                && Objects.equals(approvedAmount, other.approvedAmount)
                && Objects.equals(spent, other.spent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lineId, item, source, amount, approvedAmount, spent);
    }
}
