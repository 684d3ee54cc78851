package org.relais.platform.diagnostics;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code relais.diagnostics.sql-count=true} (tests and benchmarks only), every JAX-RS response
 * carries {@code X-Relais-Sql-Count}: the SQL statements the request sent, counted up to the last
 * byte of the body, so that queries made while a page renders are included.
 */
@Provider
@PreMatching
public class SqlCallCountFeature implements ContainerRequestFilter, WriterInterceptor {
    public static final String HEADER = "X-Relais-Sql-Count";

    @Inject
    @ConfigProperty(name = "relais.diagnostics.sql-count", defaultValue = "false")
    boolean enabled;

    @Override
    public void filter(ContainerRequestContext request) {
        if (enabled) {
            SqlCallCounter.open();
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!enabled) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        context.setOutputStream(body);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(original);
        }
        context.getHeaders().putSingle(HEADER, Integer.toString(SqlCallCounter.close()));
        body.writeTo(original);
    }
}
