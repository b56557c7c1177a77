package org.clusterhub.subsidy.web;

import java.math.BigDecimal;
import org.clusterhub.subsidy.api.ProgrammeKind;

/** A new funding programme: its year, kind, name, description and budget (万元). */
record DefineProgrammeRequest(int year, ProgrammeKind kind, String name, String description, BigDecimal budget) {
}
