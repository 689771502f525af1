package org.untoc.kg.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ViewsRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The server-rendered pages: Thymeleaf templates under {@code views/} rendered through Micronaut Views. Every value
 * from the data reaches the page through {@code th:text} or an attribute, so the engine does the escaping.
 */
public final class Templates {
    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    public Templates(ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    /** The page {@code views/NAME.html} over {@code model}. */
    public String render(String name, Map<String, Object> model) {
        if (!renderer.exists(name)) {
            throw new IllegalStateException("no template views/" + name + ".html on the classpath");
        }
        Writable page = renderer.render(name, model, null);
        StringWriter out = new StringWriter();
        try {
            page.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
