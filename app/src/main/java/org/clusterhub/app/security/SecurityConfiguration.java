package org.clusterhub.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.clusterhub.ui.login.LoginNavigation;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

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
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, MessageSource messages,
                                    LocaleResolver locales) throws Exception {
        /*
         * 401 and 403 decided here, before any controller runs, answer like the controllers' refusals do: an RFC 9457
         * problem in the caller's language (Accept-Language, zh-CN by default), never an HTML page or empty body.
         */
        class ProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

            @Override
            public void commence(HttpServletRequest request, HttpServletResponse response,
                                 AuthenticationException refused) throws IOException {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ClusterHub\", charset=\"UTF-8\"");
                write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized",
                        new String[] {"Authentication required",
                                "Sign in with HTTP Basic: a valid username and password."},
                        new String[] {"需要身份认证", "请通过 HTTP Basic 提供正确的用户名和密码。"});
            }

            @Override
            public void handle(HttpServletRequest request, HttpServletResponse response,
                               AccessDeniedException refused) throws IOException {
                write(request, response, HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden",
                        new String[] {"Forbidden", "Your role or scope does not allow this; nothing was stored."},
                        new String[] {"无权操作", "您的角色或管辖范围不允许此操作，未保存任何内容。"});
            }

            /** Title and detail from the message bundles ({@code <key>.title}, {@code <key>.detail}), else built in. */
            private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                               String type, String key, String[] english, String[] chinese) throws IOException {
                if (response.isCommitted()) {
                    return;
                }
                Locale locale = locales.resolveLocale(request);
                String[] fallback = "zh".equals(locale.getLanguage()) ? chinese : english;
                ProblemDetail problem = ProblemDetail.forStatus(status);
                problem.setType(URI.create("https://clusterhub.example/problems/" + type));
                problem.setTitle(messages.getMessage(key + ".title", null, fallback[0], locale));
                problem.setDetail(messages.getMessage(key + ".detail", null, fallback[1], locale));
                try {
                    problem.setInstance(URI.create(request.getRequestURI()));
                } catch (IllegalArgumentException unusualPath) {
                    // The instance is optional; a path java.net.URI will not take must not turn a 401 into a 500.
                }
                response.setStatus(status.value());
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(response.getOutputStream(), problem);
            }
        }
        ProblemWriter problems = new ProblemWriter();
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
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
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
