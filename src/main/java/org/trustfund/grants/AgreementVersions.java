package org.trustfund.grants;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementVersions extends JpaRepository<AgreementVersion, Long> {

	List<AgreementVersion> findByGrantIdOrderByNumberDesc(long grantId);
}
