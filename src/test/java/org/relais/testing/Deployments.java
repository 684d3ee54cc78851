package org.relais.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every integration test: the real WAR built by the package phase, deployed at
 * the root context as in production.
 */
public final class Deployments {
    private Deployments() {}

    public static WebArchive relais() {
        File war = new File(System.getProperty("relais.test.war", "target/relais.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(war)
                .as(WebArchive.class);
    }
}
