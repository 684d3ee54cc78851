package org.relais.bench.hello;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS at the root of the context, so that {@code GET /} reaches {@link HelloResource}. */
@ApplicationPath("/")
public class HelloApplication extends Application {}
