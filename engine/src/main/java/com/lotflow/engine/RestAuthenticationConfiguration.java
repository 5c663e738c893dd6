package com.lotflow.engine;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Protects the REST API with HTTP basic authentication against the engine's identity service
 * when {@code lotflow.engine.rest-authentication=true}. Off on a developer's laptop, on in a
 * plant: the api and the workers then send the credentials they are configured with.
 */
@Configuration
@ConditionalOnProperty(name = "lotflow.engine.rest-authentication", havingValue = "true")
public class RestAuthenticationConfiguration {

  @Bean
  public FilterRegistrationBean<Filter> restAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>();
    registration.setName("lotflow-rest-authentication");
    registration.setFilter(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter(
        "authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
