package io.printrelay.fulfilment;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers what each vendor's cancel route reported (a list of {@link JobCancelOutcome}) into one list, so the
 * item cancel can answer for every job. A part that reported nothing (its vendor could not be reached) adds none.
 */
@Component("cancelOutcomes")
public class CancelOutcomes implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange gathered, Exchange part) {
        List<JobCancelOutcome> outcomes = new ArrayList<>();
        if (gathered != null) {
            outcomes.addAll(outcomesIn(gathered));
        }
        outcomes.addAll(outcomesIn(part));
        Exchange result = gathered == null ? part : gathered;
        result.getMessage().setBody(outcomes);
        return result;
    }

    private static List<JobCancelOutcome> outcomesIn(Exchange exchange) {
        return exchange.getMessage().getBody() instanceof List<?> list ? list.stream()
                .filter(JobCancelOutcome.class::isInstance).map(JobCancelOutcome.class::cast).toList() : List.of();
    }
}
