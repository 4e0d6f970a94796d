package org.trustfund.calls;

import org.springframework.modulith.NamedInterface;
/** Who a project assists, as DOMAIN.md lists them: by sex and age, and by form of exploitation. */
@NamedInterface("api")
public enum TargetGroup {
	WOMEN, GIRLS, BOYS, MEN, SEXUAL_EXPLOITATION, FORCED_LABOUR, ORGAN_REMOVAL, OTHER_FORMS
}
