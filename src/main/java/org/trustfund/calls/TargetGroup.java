package org.trustfund.calls;

/** Who a project assists, as DOMAIN.md lists them: by sex and age, and by form of exploitation. */
public enum TargetGroup {
	WOMEN, GIRLS, BOYS, MEN, SEXUAL_EXPLOITATION, FORCED_LABOUR, ORGAN_REMOVAL, OTHER_FORMS
}
