package org.trustfund.proposals;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A reviewer's score (0 to 5) and comment for one criterion of the call's rubric. */
@Embeddable
@NamedInterface("api")
public record CriterionScore(@Column(name = "score") int score, @Column(name = "comment") String comment) {
}
