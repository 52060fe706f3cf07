package io.printrelay.config;

import org.quartz.Scheduler;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * The scheduler Camel's quartz routes are given ({@code camel.component.quartz.scheduler}): Spring Boot's clustered
 * one, each call in a transaction. Spring's JDBC job store takes its cluster lock (a row of qrtz_locks, SELECT ... FOR
 * UPDATE) on the caller's connection; outside a transaction that connection commits each statement and the lock is
 * gone before the insert it guards. Two nodes starting at once on a new database then both stored a poll's job, and
 * the second failed to start on a duplicate key (seen by .ci/cluster-check). In a transaction the second waits for
 * the first, finds the job stored, and Camel takes the existing trigger as it does in a cluster.
 */
@Configuration(proxyBeanMethods = false)
public class QuartzTransactions {

    /** By name only ({@code #bean:}): whoever asks for "the" Scheduler by type still gets Spring Boot's. */
    @Bean(autowireCandidate = false)
    Scheduler transactionalQuartzScheduler(@Qualifier("quartzScheduler") Scheduler scheduler,
                                           PlatformTransactionManager transactions) {
        ProxyFactory proxy = new ProxyFactory(scheduler);
        proxy.addInterface(Scheduler.class);
        proxy.addAdvice(new TransactionInterceptor(transactions, new MatchAlwaysTransactionAttributeSource()));
        return (Scheduler) proxy.getProxy();
    }
}
