package org.trustfund.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustfund.shared.ValidationException;

/** What a working list reads from its address, what it refuses, and the links it makes. */
class ListQueryTest {

	enum Colour {
		RED, GREEN
	}

	static final ListQuery.Sorts SORTS = new ListQuery.Sorts("name", false, Map.of("name", "n", "amount", "a"));

	@Test
	void readsFiltersSortAndPageAndKeepsThemInItsLinks() {
		ListQuery q = ListQuery.of("/things", Map.of("q", " Shelter ", "colour", "red", "from", "2026-01-31",
				"sort", "amount", "dir", "desc", "page", "3", "size", "10"), SORTS);
		assertThat(q.choice("colour", Colour.class)).isEqualTo(Colour.RED);
		assertThat(q.date("from")).isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(q.q()).isEqualTo("Shelter");
		assertThat(q.like()).isEqualTo("%shelter%");
		assertThat(q.sortColumn()).isEqualTo("a");
		assertThat(q.descending()).isTrue();
		assertThat(q.page()).isEqualTo(3);
		assertThat(q.size()).isEqualTo(10);
		assertThat(q.filtered()).isTrue();
		assertThat(q.problems()).isEmpty();
		assertThat(q.link("page", "4")).startsWith("/things?").contains("q=Shelter", "colour=RED", "from=2026-01-31",
				"sort=amount", "dir=desc", "size=10", "page=4");
		assertThat(q.sortLink("amount")).contains("dir=asc").doesNotContain("page=");
		assertThat(q.sortLink("name")).contains("sort=name", "dir=asc");
		assertThat(q.ariaSort("amount")).isEqualTo("descending");
		assertThat(q.ariaSort("name")).isEqualTo("none");
		assertThat(q.at("/things/export.csv")).startsWith("/things/export.csv?").contains("q=Shelter");
	}

	@Test
	void badValuesAreReportedLeftOutOfTheLinksAndFallBack() {
		ListQuery q = ListQuery.of("/things", Map.of("sort", "password", "dir", "up", "page", "-1", "size", "x",
				"from", "2026-02-30", "colour", "blue", "id", "12abc"), SORTS);
		assertThat(q.date("from")).isNull();
		assertThat(q.choice("colour", Colour.class)).isNull();
		assertThat(q.id("id")).isNull();
		assertThat(q.sortKey()).isEqualTo("name");
		assertThat(q.descending()).isFalse();
		assertThat(q.page()).isEqualTo(1);
		assertThat(q.size()).isEqualTo(ListQuery.DEFAULT_SIZE);
		assertThat(q.filtered()).isFalse();
		assertThat(q.problems()).extracting(ListQuery.Problem::param)
			.containsExactlyInAnyOrder("sort", "dir", "page", "size", "from", "colour", "id");
		assertThat(q.link()).isEqualTo("/things");
		assertThatThrownBy(q::requireValid).isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKeys("sort", "from"));
	}

	@Test
	void thePageSizeIsCappedAndLikeEscapesWildcards() {
		ListQuery q = ListQuery.of("/things", Map.of("size", "100000", "q", "50%_off\\"), SORTS);
		assertThat(q.size()).isEqualTo(ListQuery.MAX_SIZE);
		assertThat(q.like()).isEqualTo("%50\\%\\_off\\\\%");
	}

	@Test
	void aPagePastTheEndShowsTheLastAndAnEmptyListSaysWhy() {
		ListQuery q = ListQuery.of("/things", Map.of("page", "9", "size", "2"), SORTS);
		ListPage<String> page = ListPage.of(q, 5, (offset, size) -> {
			assertThat(offset).isEqualTo(4L);
			return List.of("e");
		});
		assertThat(page.number()).isEqualTo(3);
		assertThat(page.pages()).isEqualTo(3);
		assertThat(page.hasNext()).isFalse();
		assertThat(page.pageLink(2)).contains("page=2", "size=2");
		assertThat(page.pageLink(1)).doesNotContain("page=");
		ListPage<String> none = ListPage.of(q, 0, (offset, size) -> List.of());
		assertThat(none.emptyKey("yet", "match")).isEqualTo("yet");
		ListQuery filtered = ListQuery.of("/things", Map.of("q", "x"), SORTS);
		assertThat(ListPage.of(filtered, 0, (o, s) -> List.<String>of()).emptyKey("yet", "match")).isEqualTo("match");
	}
}
