package org.clusterhub.subsidy.web;

import org.clusterhub.subsidy.api.FundingProgrammeId;
import org.clusterhub.subsidy.api.GrantId;

record GrantCreatedResponse(FundingProgrammeId programmeId, GrantId grantId, long version) {
}
