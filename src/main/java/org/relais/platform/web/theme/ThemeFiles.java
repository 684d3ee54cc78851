package org.relais.platform.web.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the files of a theme live, in the order they win: the selected theme in the themes
 * directory on disk (for a theme added without rebuilding), the selected theme packaged in the
 * application, then the packaged default theme. A theme overrides any default file by putting one
 * at the same path.
 */
public final class ThemeFiles {
    public static final String DEFAULT_THEME = "default";
    private static final String PACKAGED_ROOT = "themes/";

    private final String theme;
    private final Optional<Path> themesDirectory;
    private final ClassLoader classLoader;

    public ThemeFiles(String theme, Optional<Path> themesDirectory, ClassLoader classLoader) {
        if (!theme.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException(
                    "relais.theme must be a simple folder name: " + theme);
        }
        this.theme = theme;
        this.themesDirectory = themesDirectory;
        this.classLoader = classLoader;
    }

    public String theme() {
        return theme;
    }

    /** The directories on disk to search, most specific first. */
    public List<Path> directories() {
        List<Path> directories = new ArrayList<>();
        themesDirectory.ifPresent(
                root -> {
                    directories.add(root.resolve(theme));
                    if (!theme.equals(DEFAULT_THEME)) {
                        directories.add(root.resolve(DEFAULT_THEME));
                    }
                });
        return directories;
    }

    /** The classpath prefixes to search after the directories, most specific first. */
    public List<String> packagedPrefixes() {
        return theme.equals(DEFAULT_THEME)
                ? List.of(PACKAGED_ROOT + DEFAULT_THEME + "/")
                : List.of(PACKAGED_ROOT + theme + "/", PACKAGED_ROOT + DEFAULT_THEME + "/");
    }

    /**
     * Finds a theme file such as {@code assets/css/relais.css}. Paths that try to leave the theme
     * (absolute, {@code ..}, backslashes) find nothing.
     */
    public Optional<URL> find(String relativePath) {
        if (!isSafe(relativePath)) {
            return Optional.empty();
        }
        for (Path directory : directories()) {
            Path candidate = directory.resolve(relativePath).normalize();
            if (candidate.startsWith(directory) && Files.isRegularFile(candidate)) {
                return Optional.of(toUrl(candidate));
            }
        }
        for (String prefix : packagedPrefixes()) {
            URL resource = classLoader.getResource(prefix + relativePath);
            if (resource != null) {
                return Optional.of(resource);
            }
        }
        return Optional.empty();
    }

    static boolean isSafe(String relativePath) {
        return relativePath != null
                && !relativePath.isEmpty()
                && !relativePath.startsWith("/")
                && !relativePath.contains("\\")
                && !relativePath.contains("\0")
                && !List.of(relativePath.split("/")).contains("..")
                && relativePath.matches("[A-Za-z0-9._/-]+");
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
