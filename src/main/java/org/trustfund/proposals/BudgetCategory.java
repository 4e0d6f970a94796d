package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
@NamedInterface("api")
public enum BudgetCategory {
	STAFF, DIRECT_ASSISTANCE, SHELTER, TRAINING, TRAVEL, EQUIPMENT, ADMINISTRATION, OTHER
}
