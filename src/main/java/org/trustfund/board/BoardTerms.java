package org.trustfund.board;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardTerms extends JpaRepository<BoardTerm, Long> {

	List<BoardTerm> findAllByOrderByStartsOnDesc();
}
