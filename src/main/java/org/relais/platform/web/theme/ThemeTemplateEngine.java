package org.relais.platform.web.theme;

import java.nio.file.Path;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Builds the Thymeleaf engine of a theme: one resolver per place of {@link ThemeFiles}, most
 * specific first, each checking that the template exists so that the next one can answer. Fragments
 * are resolved the same way, so a theme may override a single fragment file.
 */
public final class ThemeTemplateEngine {
    private ThemeTemplateEngine() {}

    /** The engine for HTML pages ({@code templates/**.html}). */
    public static TemplateEngine build(ThemeFiles files, IMessageResolver messages, boolean cache) {
        return build(files, messages, cache, TemplateMode.HTML, ".html");
    }

    /** An engine for another kind of template, such as plain-text mails ({@code .txt}). */
    public static TemplateEngine build(
            ThemeFiles files,
            IMessageResolver messages,
            boolean cache,
            TemplateMode mode,
            String suffix) {
        TemplateEngine engine = new TemplateEngine();
        int order = 1;
        for (Path directory : files.directories()) {
            FileTemplateResolver resolver = new FileTemplateResolver();
            resolver.setPrefix(directory.resolve("templates").toString() + "/");
            engine.addTemplateResolver(configure(resolver, order++, cache, mode, suffix));
        }
        for (String prefix : files.packagedPrefixes()) {
            ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
            resolver.setPrefix(prefix + "templates/");
            engine.addTemplateResolver(configure(resolver, order++, cache, mode, suffix));
        }
        engine.setMessageResolvers(Set.of(messages));
        engine.addDialect(new DateTextDialect());
        return engine;
    }

    private static AbstractConfigurableTemplateResolver configure(
            AbstractConfigurableTemplateResolver resolver,
            int order,
            boolean cache,
            TemplateMode mode,
            String suffix) {
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(cache);
        resolver.setOrder(order);
        return resolver;
    }
}
