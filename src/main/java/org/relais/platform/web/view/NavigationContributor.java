package org.relais.platform.web.view;

/** Implemented by one bean per capability to appear in the main navigation. */
public interface NavigationContributor {
    NavigationEntry navigationEntry();
}
