package org.trustfund;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TrustFundApplication {

	public static void main(String[] args) {
		SpringApplication.run(TrustFundApplication.class, args);
	}
}
