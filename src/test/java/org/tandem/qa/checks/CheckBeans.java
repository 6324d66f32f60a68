package org.tandem.qa.checks;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.tandem.qa.Check;
import org.tandem.qa.DocumentCheck;
import org.tandem.qa.QaService;

/**
 * Every check Spring registers, found as the application finds them (the qa and language packages scanned), for
 * tests without the web application; beans are made only when asked for, so nothing warms LanguageTool up.
 */
final class CheckBeans {

    private static final AnnotationConfigApplicationContext CONTEXT = context();

    static final List<Check> SEGMENT = List.copyOf(CONTEXT.getBeanProvider(Check.class).orderedStream().toList());
    static final List<DocumentCheck> DOCUMENT = List.copyOf(CONTEXT.getBeanProvider(DocumentCheck.class)
            .orderedStream().toList());
    /** The service that runs them all, as the application has it (suggestions spaced, precedence applied). */
    static final QaService QA = CONTEXT.getBean(QaService.class);
    static final Map<String, Check> BY_ID = SEGMENT.stream().collect(Collectors.toMap(Check::id,
            Function.identity()));

    private CheckBeans() {
    }

    /** A bean of the qa and language packages, e.g. what a check is built from. */
    static <T> T bean(Class<T> type) {
        return CONTEXT.getBean(type);
    }

    private static AnnotationConfigApplicationContext context() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.scan("org.tandem.qa", "org.tandem.language");
        for (String name : context.getBeanDefinitionNames()) {
            BeanDefinition definition = context.getBeanDefinition(name);
            definition.setLazyInit(true);
        }
        context.refresh();
        return context;
    }
}
