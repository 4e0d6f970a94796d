package org.trustfund.proposals;

public enum BudgetCategory {
	STAFF, DIRECT_ASSISTANCE, SHELTER, TRAINING, TRAVEL, EQUIPMENT, ADMINISTRATION, OTHER
}
