package org.clusterhub.app.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.clusterhub.ui.login.LoginNavigation;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Two doors: the Vaadin UI with form login and a session, and the API (REST, STOMP, OpenAPI, actuator) with HTTP
 * Basic and no session, so that API calls never ride on a browser's cookie (no CSRF exposure).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} by default; the prefix lets the hash algorithm change later without breaking stored accounts.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(new AntPathRequestMatcher("/api/**"),
                        new AntPathRequestMatcher("/ws/**"), new AntPathRequestMatcher("/v3/api-docs/**"),
                        new AntPathRequestMatcher("/swagger-ui/**"), new AntPathRequestMatcher("/swagger-ui.html"),
                        EndpointRequest.toAnyEndpoint()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(new AntPathRequestMatcher("/v3/api-docs/**"),
                                new AntPathRequestMatcher("/swagger-ui/**"),
                                new AntPathRequestMatcher("/swagger-ui.html")).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Configuration
    static class UiSecurity extends VaadinWebSecurity {
        @Override
        protected void configure(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(auth -> auth.requestMatchers(
                    new AntPathRequestMatcher("/styles/**"), new AntPathRequestMatcher("/images/**")).permitAll());
            super.configure(http);
            setLoginView(http, LoginNavigation.LOGIN_VIEW, "/login");
        }
    }
}
