package org.trustfund.calls;

import org.springframework.modulith.NamedInterface;
/** The direct-assistance services the fund pays for (DOMAIN.md, "Services funded"). */
@NamedInterface("api")
public enum AssistanceService {
	BASIC_SHELTER, PSYCHOSOCIAL_SUPPORT, LEGAL_ADVICE, COURT_REPRESENTATION, EDUCATION, VOCATIONAL_TRAINING,
	PRIMARY_HEALTH_CARE, SCHOLARSHIPS
}
