package org.clusterhub.subsidy.web;

import org.clusterhub.subsidy.api.FundingProgrammeId;

record ProgrammeCreatedResponse(FundingProgrammeId programmeId, long version) {
}
