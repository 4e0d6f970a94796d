package org.trustfund.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (the home page is the {@code home} module's). */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}
}
