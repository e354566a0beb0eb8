package org.ruralkg.server.ld;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.ruralkg.RuralKgException;

/**
 * The FreeMarker templates of the HTML pages ({@code src/main/resources/org/ruralkg/server/ld/*.ftlh}). The
 * {@code .ftlh} extension turns on HTML auto-escaping: every {@code ${…}} is escaped unless a template says
 * otherwise, and none does.
 */
final class Pages {
    private final Configuration cfg;

    Pages() {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassForTemplateLoading(Pages.class, "/org/ruralkg/server/ld/");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // View models are records: let templates write item.label for item.label().
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        cfg.setObjectWrapper(wrapper.build());
    }

    /** Renders a template ("resource.ftlh") with a data model. */
    String render(String template, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            cfg.getTemplate(template).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new RuralKgException("cannot render page template " + template + ": " + e.getMessage(), e);
        }
    }
}
