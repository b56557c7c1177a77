package org.clusterhub.subsidy.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.clusterhub.subsidy.api.FundingProgrammeId;
import org.clusterhub.subsidy.api.FundingProgrammeSummary;
import org.clusterhub.subsidy.api.FundingProgrammeView;
import org.clusterhub.subsidy.api.ProgrammeKind;
import org.clusterhub.subsidy.api.ProgrammeStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A programme with its figures (万元). Written only by {@link SubsidyCatalogProjection}; the indexes serve a real
 * MongoDB (the list's filters with its order).
 */
@Document("funding_programmes")
@CompoundIndex(name = "year_name", def = "{'year': -1, 'name': 1}")
@CompoundIndex(name = "status_year", def = "{'status': 1, 'year': -1}")
@CompoundIndex(name = "kind_year", def = "{'kind': 1, 'year': -1}")
class FundingProgrammeDocument {
    @Id
    String id;
    long version;
    int year;
    ProgrammeKind kind;
    String name;
    String description;
    ProgrammeStatus status;
    BigDecimal budget;
    BigDecimal committed;
    BigDecimal paid;
    int grantCount;
    Instant definedAt;
    Instant closedAt;
    String closingReason;
    Instant lastChangedAt;
    /** Lower-case name and description, for the text filter. */
    String search;

    void index() {
        search = (name + " " + (description == null ? "" : description)).toLowerCase(Locale.ROOT);
    }

    /** What can still be granted: nothing once the programme is closed (the rest lapsed). */
    BigDecimal remaining() {
        return status == ProgrammeStatus.CLOSED ? BigDecimal.ZERO.setScale(2) : budget.subtract(committed);
    }

    FundingProgrammeSummary toSummary() {
        return new FundingProgrammeSummary(FundingProgrammeId.of(id), year, kind, name, status, budget, committed,
                paid, remaining(), grantCount, lastChangedAt, version);
    }

    FundingProgrammeView toView(BigDecimal payable) {
        return new FundingProgrammeView(FundingProgrammeId.of(id), year, kind, name, description, status, budget,
                committed, paid, remaining(), payable, grantCount, definedAt, closedAt, closingReason,
                lastChangedAt, version);
    }
}
