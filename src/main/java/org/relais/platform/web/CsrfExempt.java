package org.relais.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A state-changing page action that {@link CsrfFilter} lets through without a form token, because
 * the request carries its own proof: a secret token in its URL that only the recipient of a mail
 * knows (the one-click unsubscribe of RFC 8058, posted by mail clients without any session). Such
 * an action must change nothing but what the token names.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CsrfExempt {}
