package org.relais.platform.demo;

/**
 * A capability's share of the demo content. Contributors run in order, in one transaction, on the
 * first start with {@code relais.demo=true} when every contributor reports an empty database.
 */
public interface DemoContributor {
    int order();

    boolean isEmpty();

    void load(DemoContext context);
}
