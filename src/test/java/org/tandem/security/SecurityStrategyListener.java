package org.tandem.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each application context makes its own Vaadin-aware security context holder and sets it as Spring Security's
 * global one, so with several cached contexts in one test JVM the global holder may be another context's. Before
 * each test this puts back the holder of the test's own context, which its services' method security reads.
 */
public class SecurityStrategyListener implements TestExecutionListener, org.springframework.core.Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        align(testContext);
    }

    private static void align(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
