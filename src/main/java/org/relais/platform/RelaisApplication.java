package org.relais.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application: pages at the root, the JSON API under /api/v1. */
@ApplicationPath("/")
public class RelaisApplication extends Application {}
