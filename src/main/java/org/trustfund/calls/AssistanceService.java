package org.trustfund.calls;

/** The direct-assistance services the fund pays for (DOMAIN.md, "Services funded"). */
public enum AssistanceService {
	BASIC_SHELTER, PSYCHOSOCIAL_SUPPORT, LEGAL_ADVICE, COURT_REPRESENTATION, EDUCATION, VOCATIONAL_TRAINING,
	PRIMARY_HEALTH_CARE, SCHOLARSHIPS
}
