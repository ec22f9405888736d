package org.waymark.organisation.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.waymark.organisation.SignedInUser;

/** The OpenAPI document at /api/v1/openapi.json: bearer-token security, and the caller is not a parameter. */
@Configuration
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(SignedInUser.class);
    }

    @Bean
    OpenAPI waymarkOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Waymark API").version("1")
                        .description("Commissioning, attendance, review and quality assurance of alternative provision. "
                                + "Authenticate with a personal API token: Authorization: Bearer <token>.")
                        .license(new License().name("MIT")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
