package io.printrelay.connector.fourover.catalog;

import org.apache.camel.CamelContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.ExecutorService;

/**
 * The fourover-catalog-run route's split: {@code concurrency} feed pages in flight at once, the rest waiting in
 * the pool's queue (a run has at most about a hundred pages, so the queue is bounded by the feed itself).
 */
@Configuration
class CatalogConfiguration {

    @Bean(name = "fourover-catalog-pages", destroyMethod = "")
    ExecutorService fourOverCatalogPages(CamelContext camel, CatalogProperties properties) {
        // Camel's own pool manager owns it: it is shut down with the context, after the routes
        return camel.getExecutorServiceManager().newFixedThreadPool(this, "fourover-catalog-pages",
                properties.concurrency());
    }
}
