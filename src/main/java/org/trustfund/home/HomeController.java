package org.trustfund.home;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.trustfund.security.AppUser;
import org.trustfund.security.CurrentUser;

/** The home page: each section the user's roles give them, in order (several roles, several sections). */
@Controller
class HomeController {

	/** One section on the page: its template and its figures. */
	record Shown(String fragment, Object figures) {
	}

	private final List<HomeSection> sections;

	HomeController(List<HomeSection> sections) {
		this.sections = sections;
	}

	@GetMapping("/")
	String home(Model model) {
		AppUser user = CurrentUser.get();
		model.addAttribute("sections", sections.stream().filter(s -> s.shows(user))
			.map(s -> new Shown(s.fragment(), s.figures(user))).toList());
		return "home";
	}
}
